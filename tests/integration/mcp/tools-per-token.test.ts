import { useApp } from '../helpers/setup';
import { createToken } from '../helpers/tokens';
import { CLIENT_KINDS, connect, toolNames, type ClientKind } from './clients';

/** What each kind of token sees in tools/list, with each official client. */
/** The names of a tool list, written as words. */
const words = (text: string) => text.trim().split(/\s+/);

describe('MCP tools per token', () => {
  const suite = useApp();
  let tokens: Record<'readOnly' | 'scoped' | 'readWrite', string>;

  beforeAll(async () => {
    const make = async (name: string, body: Record<string, unknown>) =>
      (await createToken(suite, { name, ...body })).value;
    tokens = {
      readOnly: await make('mcp read-only', { accessLevel: 'read-only' }),
      scoped: await make('mcp scoped', { accessLevel: 'read-write', scopes: ['api::article.article'] }),
      readWrite: await make('mcp read-write', { accessLevel: 'read-write' }),
    };
  });

  const toolsOf = async (token: string, kind: ClientKind) => {
    const connection = await connect(suite.app.url, token, kind);
    try {
      return { names: await toolNames(connection), tools: await connection.listTools() };
    } finally {
      await connection.close();
    }
  };

  describe.each(CLIENT_KINDS)('with the %s client', (kind) => {
    it('a read-only token: list_ and get_ of every type of the app, the media read tools, and whoami', async () => {
      expect((await toolsOf(tokens.readOnly, kind)).names).toEqual(
        words(`
          get_article get_category get_homepage get_page list_article list_category list_page media_get_asset
          media_list_assets whoami
        `)
      );
    });

    it('a token scoped to articles: the five tools of articles only', async () => {
      expect((await toolsOf(tokens.scoped, kind)).names).toEqual(
        words(`
          create_article delete_article get_article list_article update_article whoami
        `)
      );
    });

    it('a read-write token: every tool of collection and single types', async () => {
      expect((await toolsOf(tokens.readWrite, kind)).names).toEqual(
        words(`
          create_article create_category create_page delete_article delete_category delete_homepage
          delete_page get_article get_category get_homepage get_page list_article list_category list_page
          media_get_asset media_list_assets update_article update_category update_page whoami write_homepage
        `)
      );
    });
  });

  it('schemas list the readable and writable fields, never a private one, relations as documentIds', async () => {
    const { tools } = await toolsOf(tokens.readWrite, 'v2 (2026-07-28)');
    const byName = Object.fromEntries(tools.map((tool) => [tool.name, tool]));
    const data = byName.create_article.inputSchema.properties.data;
    expect(Object.keys(data.properties).sort()).toEqual(['author', 'body', 'category', 'title']);
    expect(data.additionalProperties).toBe(false);
    expect(data.properties.category).toEqual({
      anyOf: [{ type: 'string', minLength: 1, description: 'A documentId' }, { type: 'null' }],
    });
    expect(byName.create_article.inputSchema.required).toEqual(['data']);
    const read = byName.get_article.outputSchema!.properties.data.properties;
    expect(read).toHaveProperty('title');
    expect(read).not.toHaveProperty('internalNote');
    expect(Object.keys(byName.write_homepage.inputSchema.properties.data.properties).sort()).toEqual([
      'featured',
      'headline',
      'intro',
      'title',
      'visitors',
    ]);
    expect(byName.list_article.inputSchema.properties.status.enum).toEqual(['draft', 'published']);
    expect(byName.list_category.inputSchema.properties).not.toHaveProperty('status');
    expect(byName.get_article.annotations).toMatchObject({ readOnlyHint: true });
    expect(byName.delete_article.annotations).toMatchObject({ destructiveHint: true });
  });
});
