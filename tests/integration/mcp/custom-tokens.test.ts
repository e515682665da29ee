import { useApp } from '../helpers/setup';
import { ARTICLE, CATEGORY, PAGE, customToken, seedContent } from '../permissions/custom-tokens';
import { connect, toolNames, type McpConnection, type ToolDescription } from './clients';

const HOMEPAGE = 'api::homepage.homepage';

const propertiesOf = (schema: Record<string, any> | undefined) => Object.keys(schema?.properties ?? {}).sort();

/** Custom tokens over MCP: their tools and schemas follow their actions, field rules and locales, and so do calls. */
describe('MCP with custom tokens', () => {
  const suite = useApp();
  let ids: Awaited<ReturnType<typeof seedContent>>;
  let fields: McpConnection;
  let french: McpConnection;
  const byName: Record<string, Record<string, ToolDescription>> = {};

  beforeAll(async () => {
    ids = await seedContent(suite);
    const fieldRules = await customToken(suite, 'mcp field rules', {
      [ARTICLE]: {
        actions: ['find', 'findOne', 'create', 'update'],
        fields: { read: ['title', 'category'], write: ['title', 'body'] },
      },
      [CATEGORY]: { actions: ['find'] },
    });
    const frenchOnly = await customToken(suite, 'mcp french', {
      [PAGE]: { actions: ['find', 'findOne', 'create'], locales: ['fr'] },
      [HOMEPAGE]: { actions: ['find'], locales: ['fr'] },
    });
    fields = await connect(suite.app.url, fieldRules.value, 'v2 (2026-07-28)');
    french = await connect(suite.app.url, frenchOnly.value, 'v1');
    for (const [name, connection] of Object.entries({ fields, french }))
      byName[name] = Object.fromEntries((await connection.listTools()).map((tool) => [tool.name, tool]));
  });
  afterAll(async () => {
    await fields?.close();
    await french?.close();
  });

  describe('field rules', () => {
    it('lists a tool per granted action, and none for the rest', async () => {
      expect(await toolNames(fields)).toEqual([
        'create_article',
        'get_article',
        'list_article',
        'list_category',
        'update_article',
        'whoami',
      ]);
    });

    it('describes the writable fields as data and the readable ones as answers', () => {
      const tools = byName.fields;
      expect(propertiesOf(tools.create_article.inputSchema.properties.data)).toEqual(['body', 'title']);
      expect(propertiesOf(tools.update_article.inputSchema.properties.data)).toEqual(['body', 'title']);
      expect(propertiesOf(tools.get_article.outputSchema!.properties.data)).toEqual([
        'category',
        'documentId',
        'id',
        'title',
      ]);
    });

    it('answers only the readable fields, for reads and for its own writes', async () => {
      const got = await fields.callTool('get_article', { documentId: ids.article });
      expect(got.isError).toBeFalsy();
      expect(got.structuredContent!.data).toEqual({
        id: expect.any(Number),
        documentId: ids.article,
        title: 'Filed under news',
        category: ids.category,
      });
      const listed = await fields.callTool('list_article', { populate: true });
      expect(Object.keys(listed.structuredContent!.results[0]).sort()).toEqual([
        'category',
        'documentId',
        'id',
        'title',
      ]);
      const created = await fields.callTool('create_article', { data: { title: 'By an agent', body: 'hidden' } });
      expect(created.isError).toBeFalsy();
      expect(created.structuredContent!.data).not.toHaveProperty('body');
      const stored = await suite.app.strapi
        .documents(ARTICLE)
        .findOne({ documentId: created.structuredContent!.data.documentId });
      expect(stored).toMatchObject({ title: 'By an agent', body: 'hidden' });
    });

    it('refuses filtering or sorting by an unreadable field, and writing one, as tool errors', async () => {
      const filtered = await fields.callTool('list_article', { filters: { body: { $contains: 'secret' } } });
      expect(filtered.isError).toBe(true);
      expect(filtered.content[0].text).toMatch(/body/);
      expect((await fields.callTool('list_article', { sort: 'body:asc' })).isError).toBe(true);
      const written = await fields.callTool('update_article', {
        documentId: ids.article,
        data: { category: null },
      });
      expect(written.isError).toBe(true);
      expect(
        (await suite.app.strapi.documents(ARTICLE).findOne({ documentId: ids.article, populate: ['category'] }))
          ?.category
      ).toMatchObject({ documentId: ids.category });
    });
  });

  describe('locales', () => {
    it('offers only the allowed locales in every schema', () => {
      const tools = byName.french;
      expect(Object.keys(tools).sort()).toEqual(['create_page', 'get_homepage', 'get_page', 'list_page', 'whoami']);
      for (const name of ['create_page', 'get_homepage', 'get_page', 'list_page'])
        expect(tools[name].inputSchema.properties.locale).toEqual({ type: 'string', enum: ['fr'] });
    });

    it('reads and writes the allowed locale, and refuses the default one naming the allowed ones', async () => {
      const listed = await french.callTool('list_page', { locale: 'fr' });
      expect(listed.isError).toBeFalsy();
      expect(listed.structuredContent!.results.map((page: { title: string }) => page.title)).toEqual(['Bonjour']);
      expect(
        (await french.callTool('get_page', { documentId: ids.page, locale: 'fr' })).structuredContent!.data
      ).toMatchObject({ title: 'Bonjour', locale: 'fr' });

      const created = await french.callTool('create_page', { data: { title: 'Nouvelle' }, locale: 'fr' });
      expect(created.isError).toBeFalsy();
      expect(created.structuredContent!.data).toMatchObject({ title: 'Nouvelle', locale: 'fr' });

      for (const refused of [
        await french.callTool('list_page', {}),
        await french.callTool('get_page', { documentId: ids.page }),
        await french.callTool('create_page', { data: { title: 'Default locale' } }),
      ]) {
        expect(refused.isError).toBe(true);
        expect(refused.content[0].text).toMatch(/fr/);
      }
      expect((await french.callTool('list_page', { locale: 'en' })).isError).toBe(true);
      const english = (await suite.app.strapi.documents(PAGE).findMany({ locale: 'en' })) as { title?: string }[];
      expect(english.map((page) => page.title)).toEqual(['Hello']);
    });
  });
});
