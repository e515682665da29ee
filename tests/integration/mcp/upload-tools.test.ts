import { bearer, uploadFile } from '../helpers/http';
import { useApp } from '../helpers/setup';
import { createToken } from '../helpers/tokens';
import { ARTICLE } from '../permissions/custom-tokens';
import { connect, toolNames } from './clients';

const ASSET_KEYS = [
  'alternativeText',
  'caption',
  'createdAt',
  'ext',
  'height',
  'id',
  'mime',
  'name',
  'size',
  'updatedAt',
  'url',
  'width',
];

/** The upload plugin's read tools, shaped as Strapi's own MCP server's, for tokens that may read uploads. */
describe('MCP media tools', () => {
  const suite = useApp({ ACCESS_TOKENS_MCP_MAX_PAGE_SIZE: '2' });
  const toolsOf = async (body: Record<string, unknown>) => {
    const { value } = await createToken(suite, body);
    const connection = await connect(suite.app.url, value, 'v2 (2026-07-28)');
    try {
      return (await toolNames(connection)).filter((name) => name.startsWith('media_'));
    } finally {
      await connection.close();
    }
  };

  it('appears for the tokens that may read uploads, and only the tools their actions allow', async () => {
    expect(await toolsOf({ name: 'all', accessLevel: 'read-only' })).toEqual(['media_get_asset', 'media_list_assets']);
    expect(await toolsOf({ name: 'uploads', accessLevel: 'read-only', scopes: ['plugin::upload'] })).toEqual([
      'media_get_asset',
      'media_list_assets',
    ]);
    expect(await toolsOf({ name: 'articles', accessLevel: 'read-write', scopes: [ARTICLE] })).toEqual([]);
    const custom = (actions: string[]) => ({
      name: `custom ${actions.join()}`,
      accessLevel: 'custom',
      permissions: { 'plugin::upload': { actions } },
    });
    expect(await toolsOf(custom(['content-api.find']))).toEqual(['media_list_assets']);
    expect(await toolsOf(custom(['content-api.upload']))).toEqual([]);
  });

  it('lists and gets assets by numeric id, filtered and paged, with no provider internals', async () => {
    const writer = await createToken(suite, { name: 'uploader', accessLevel: 'read-write' });
    for (const name of ['alpha.txt', 'beta.txt', 'gamma.txt'])
      expect((await uploadFile(suite.app.url, bearer(writer.value), name)).status).toBe(201);
    const { value } = await createToken(suite, { name: 'media reader', accessLevel: 'read-only' });
    const agent = await connect(suite.app.url, value, 'v1');
    try {
      const page = await agent.callTool('media_list_assets', { mime: 'text', sort: 'name:ASC', pageSize: 50 });
      expect(page.isError).toBeFalsy();
      const { results, pagination } = page.structuredContent!;
      expect(results.map((asset: { name: string }) => asset.name)).toEqual(['alpha.txt', 'beta.txt']);
      expect(pagination).toMatchObject({ page: 1, pageSize: 2, total: 3 });
      expect(Object.keys(results[0]).sort()).toEqual(ASSET_KEYS);
      expect(results[0]).toMatchObject({ mime: 'text/plain', ext: '.txt', url: expect.stringMatching(/^\/uploads\//) });

      const named = await agent.callTool('media_list_assets', { name: 'GAM' });
      expect(named.structuredContent!.results.map((asset: { name: string }) => asset.name)).toEqual(['gamma.txt']);
      expect((await agent.callTool('media_list_assets', { mime: 'image' })).structuredContent!.results).toEqual([]);

      const got = await agent.callTool('media_get_asset', { id: results[0].id });
      expect(got.structuredContent).toEqual({ data: results[0] });
      expect((await agent.callTool('media_get_asset', { id: 999999 })).isError).toBe(true);
      expect((await agent.callTool('media_get_asset', { id: 'abc' })).isError).toBe(true);
      expect((await agent.callTool('media_list_assets', { sort: 'folderPath:ASC' })).isError).toBe(true);
      expect((await agent.callTool('media_list_assets', { filters: { hash: 'x' } })).isError).toBe(true);
    } finally {
      await agent.close();
    }
  });
});
