import { useApp } from '../helpers/setup';
import { createToken } from '../helpers/tokens';
import { connect, type ClientKind, type McpConnection } from './clients';

/** Every kind of tool, called through the official clients, goes through Strapi's document service. */
describe.each<ClientKind>(['v2 (2026-07-28)', 'v1'])('MCP tool calls with the %s client', (kind) => {
  const suite = useApp({ ACCESS_TOKENS_MCP_MAX_PAGE_SIZE: '2' });
  let writer: McpConnection;
  let reader: McpConnection;

  beforeAll(async () => {
    const write = await createToken(suite, { name: `mcp writer ${kind}`, accessLevel: 'read-write' });
    const read = await createToken(suite, { name: `mcp reader ${kind}`, accessLevel: 'read-only' });
    writer = await connect(suite.app.url, write.value, kind);
    reader = await connect(suite.app.url, read.value, kind);
  });
  afterAll(async () => {
    await writer?.close();
    await reader?.close();
  });

  it('creates, lists, gets, updates and deletes, with relations as documentIds', async () => {
    const category = await writer.callTool('create_category', { data: { name: 'News' } });
    expect(category.isError).toBeFalsy();
    const categoryId = category.structuredContent!.data.documentId;

    const created = await writer.callTool('create_article', {
      data: { title: 'Hello', body: 'First', category: categoryId },
    });
    expect(created.isError).toBeFalsy();
    const article = created.structuredContent!.data;
    expect(article).toMatchObject({ title: 'Hello', body: 'First', category: categoryId });
    expect(article).not.toHaveProperty('internalNote');
    // The text content carries the same JSON, for clients that read only text.
    expect(JSON.parse(created.content[0].text!)).toEqual(created.structuredContent);

    const got = await reader.callTool('get_article', { documentId: article.documentId });
    expect(got.structuredContent!.data).toMatchObject({ documentId: article.documentId, category: categoryId });

    const listed = await reader.callTool('list_article', { filters: { title: { $eq: 'Hello' } }, sort: 'title:asc' });
    expect(listed.structuredContent!.results.map((entry: any) => entry.documentId)).toEqual([article.documentId]);
    // A list answers the documents' own fields, as REST does unless asked to populate.
    expect(listed.structuredContent!.results[0]).not.toHaveProperty('category');
    const populated = await reader.callTool('list_article', { filters: { title: { $eq: 'Hello' } }, populate: true });
    expect(populated.structuredContent!.results).toEqual([expect.objectContaining({ category: categoryId })]);

    const updated = await writer.callTool('update_article', {
      documentId: article.documentId,
      data: { body: 'Second' },
    });
    expect(updated.structuredContent!.data).toMatchObject({ title: 'Hello', body: 'Second' });

    const deleted = await writer.callTool('delete_article', { documentId: article.documentId });
    // As Strapi's own service counts them: the draft and the published version.
    expect(deleted.structuredContent).toEqual({ documentId: article.documentId, deletedEntries: 2 });
    expect((await reader.callTool('get_article', { documentId: article.documentId })).isError).toBe(true);
  });

  it('caps pageSize at mcp.maxPageSize', async () => {
    for (const name of ['a', 'b', 'c']) await writer.callTool('create_category', { data: { name: `${kind} ${name}` } });
    const listed = await reader.callTool('list_category', { pageSize: 50 });
    expect(listed.structuredContent!.results).toHaveLength(2);
    expect(listed.structuredContent!.pagination).toMatchObject({ page: 1, pageSize: 2 });
  });

  it('reads drafts only when asked', async () => {
    const draft = await writer.callTool('create_article', { data: { title: `draft ${kind}` }, status: 'draft' });
    const { documentId } = draft.structuredContent!.data;
    expect((await reader.callTool('get_article', { documentId })).isError).toBe(true);
    const asDraft = await reader.callTool('get_article', { documentId, status: 'draft' });
    expect(asDraft.structuredContent!.data).toMatchObject({ title: `draft ${kind}` });
  });

  it('writes, gets and deletes a single type', async () => {
    const written = await writer.callTool('write_homepage', { data: { headline: 'Welcome', visitors: 3 } });
    expect(written.structuredContent!.data).toMatchObject({ headline: 'Welcome', visitors: 3 });
    const rewritten = await writer.callTool('write_homepage', { data: { visitors: 4 } });
    expect(rewritten.structuredContent!.data).toMatchObject({ headline: 'Welcome', visitors: 4 });
    const got = await reader.callTool('get_homepage');
    expect(got.structuredContent!.data).toMatchObject({ headline: 'Welcome', visitors: 4 });
    expect(got.structuredContent!.data).not.toHaveProperty('editorNote');
    expect((await writer.callTool('delete_homepage')).structuredContent).toEqual({ deletedEntries: 1 });
    expect((await reader.callTool('get_homepage')).isError).toBe(true);
  });

  it('whoami answers the token', async () => {
    const { structuredContent } = await reader.callTool('whoami');
    expect(structuredContent).toEqual({
      name: `mcp reader ${kind}`,
      accessLevel: 'read-only',
      scopes: [],
      validTo: null,
      rateLimit: null,
    });
  });

  it('answers bad arguments and refusals as tool errors', async () => {
    const cases: [string, Record<string, unknown>][] = [
      ['get_article', {}],
      ['get_article', { documentId: 42 }],
      ['create_article', { data: { title: 'x', internalNote: 'private' } }],
      ['create_article', { data: { title: 'x', id: 3 } }],
      ['list_article', { filters: { internalNote: { $eq: 'x' } } }],
      ['list_article', { pageSize: 0 }],
      ['list_article', { populate: { author: true } }],
      ['update_article', { documentId: 'no-such-document', data: { title: 'x' } }],
      ['delete_article', { documentId: 'no-such-document' }],
    ];
    for (const [name, args] of cases) {
      const result = await writer.callTool(name, args);
      expect({ name, args, isError: result.isError }).toEqual({ name, args, isError: true });
      expect(result.content[0].text).toEqual(expect.any(String));
    }
  });

  it('nothing was written by the refused calls', async () => {
    const listed = await reader.callTool('list_article', { filters: { title: { $eq: 'x' } }, status: 'draft' });
    expect(listed.structuredContent!.results).toEqual([]);
  });
});
