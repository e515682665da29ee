import { bearer, createClient, uploadFile } from '../helpers/http';
import { createBuiltInApiToken } from '../helpers/strapi-credentials';
import { ARTICLE, CATEGORY, PAGE, customToken, useSeededApp } from './custom-tokens';

const FILE_UID = 'plugin::upload.file';

/**
 * The attacker's questions on actions and writes: a custom token reaches no action it lacks through another door
 * (an upload's `ref`, a policy-guarded route, a relation's target), and writes no field it may not write.
 */
describe('attacks on actions and writes', () => {
  const { suite, ids } = useSeededApp();
  let articleId: number;

  beforeAll(async () => {
    const article = await suite.app.strapi.documents(ARTICLE).findOne({ documentId: ids.article });
    articleId = Number(article!.id);
  });

  const storedFiles = (name: string) => suite.app.strapi.db.query(FILE_UID).count({ where: { name } });

  /** A custom token that may upload and holds `permissions`: answers how it uploads a file linked to an entry. */
  const uploader = async (name: string, permissions: Record<string, unknown>) => {
    const mayUpload = { 'plugin::upload': { actions: ['content-api.upload'] } };
    const { value } = await customToken(suite, name, { ...mayUpload, ...permissions });
    return (file: string, ref: string, refId: number | string, field: string) =>
      uploadFile(suite.app.url, bearer(value), file, { ref, refId: String(refId), field });
  };

  it('refuses an upload linked to an entry of a type the token may not update', async () => {
    const upload = await uploader('uploader', { [ARTICLE]: { actions: ['find'] } });
    expect((await upload('sneaky-link.txt', ARTICLE, articleId, 'cover')).status).toBe(403);
    expect(await storedFiles('sneaky-link.txt')).toBe(0);
  });

  it('lets an upload link to an entry of a type the token may update', async () => {
    const upload = await uploader('updater uploader', { [ARTICLE]: { actions: ['update'] } });
    expect((await upload('allowed-link.txt', ARTICLE, articleId, 'cover')).status).toBe(201);
  });

  it('refuses an upload linked to an entry in a locale the token may not use', async () => {
    const upload = await uploader('french uploader', { [PAGE]: { actions: ['update'], locales: ['fr'] } });
    const pageId = async (locale: string) =>
      (await suite.app.strapi.documents(PAGE).findOne({ documentId: ids.page, locale }))!.id;
    expect((await upload('english-link.txt', PAGE, await pageId('en'), 'cover')).status).toBe(403);
    expect(await storedFiles('english-link.txt')).toBe(0);
    expect((await upload('french-link.txt', PAGE, await pageId('fr'), 'cover')).status).toBe(201);
  });

  it('refuses a read-only policy-guarded route to a token that may only write the type', async () => {
    const { api } = await customToken(suite, 'writer', { [ARTICLE]: { actions: ['create'] } });
    expect((await api.get('/api/reports/articles')).status).toBe(403);
    const { api: reader } = await customToken(suite, 'finder', { [ARTICLE]: { actions: ['find'] } });
    expect((await reader.get('/api/reports/articles')).status).toBe(200);
  });

  it('refuses a writing policy-scoped route without a level to a token that may only read the type', async () => {
    const { api: reader } = await customToken(suite, 'scoped reader', { [ARTICLE]: { actions: ['find'] } });
    expect((await reader.post('/api/reports/articles/rebuild', {})).status).toBe(403);
    const { api: writer } = await customToken(suite, 'scoped writer', { [ARTICLE]: { actions: ['update'] } });
    expect((await writer.post('/api/reports/articles/rebuild', {})).status).toBe(200);
  });

  it('refuses an upload linked into a field the token may not write', async () => {
    const upload = await uploader('title-only uploader', {
      [ARTICLE]: { actions: ['update'], fields: { write: ['title'] } },
    });
    expect((await upload('unwritable-field.txt', ARTICLE, articleId, 'body')).status).toBe(403);
    expect(await storedFiles('unwritable-field.txt')).toBe(0);
  });

  it('connects no relation whose target the token may not find', async () => {
    const other = await suite.app.strapi.documents(CATEGORY).create({ data: { name: 'Hidden' } });
    const { api } = await customToken(suite, 'connector', { [ARTICLE]: { actions: ['update', 'findOne'] } });
    const response = await api.put(`/api/articles/${ids.article}`, {
      data: { category: { connect: [other.documentId] } },
    });
    expect(response.status).toBeLessThan(500);
    const stored = await suite.app.strapi
      .documents(ARTICLE)
      .findOne({ documentId: ids.article, populate: ['category'] });
    expect((stored as any).category.documentId).toBe(ids.category);
  });

  it.each([
    ['__proto__', '{"data":{"title":"Proto","__proto__":{"body":"via proto"}}}'],
    ['constructor', '{"data":{"title":"Ctor","constructor":{"prototype":{"body":"via ctor"}}}}'],
    ['a cased key', '{"data":{"title":"Cased","Body":"via casing"}}'],
  ])('writes nothing it may not write through %s', async (_, raw) => {
    const { value } = await customToken(suite, `proto ${_}`, {
      [ARTICLE]: { actions: ['create'], fields: { write: ['title'] } },
    });
    const response = await fetch(`${suite.app.url}/api/articles`, {
      method: 'POST',
      headers: { ...bearer(value), 'Content-Type': 'application/json' },
      body: raw,
    });
    expect(response.status).toBeLessThan(500);
    const bodies = (await suite.app.strapi.documents(ARTICLE).findMany({ status: 'draft' })).map((a) => a.body);
    expect(bodies.filter((body) => typeof body === 'string' && body.startsWith('via'))).toEqual([]);
    expect(({} as Record<string, unknown>).body).toBeUndefined();
  });

  it('leaves Strapi’s own API tokens as they were: relation filters and writes across locales', async () => {
    const api = createClient(suite.app.url, bearer(await createBuiltInApiToken(suite, 'built-in', 'full-access')));
    const filtered = await api.get('/api/categories?filters[pages][title][$eq]=Hello&sort[pages][title]=asc');
    expect(filtered.status).toBe(200);
    expect(filtered.body.data.map((category: { name: string }) => category.name)).toContain('News');
    const other = await suite.app.strapi.documents(CATEGORY).create({ data: { name: 'Built-in target' } });
    const connected = await api.put(`/api/categories/${other.documentId}?locale=en`, {
      data: { pages: { connect: [ids.page] } },
    });
    expect(connected.status).toBe(200);
  });

  it('leaves read-only and read-write tokens as they were', async () => {
    const created = await suite.adminApi.post('/access-tokens/tokens', { name: 'rw', accessLevel: 'read-write' });
    const api = createClient(suite.app.url, bearer(created.body.data.accessKey));
    const read = await api.get('/api/articles?populate=*&filters[body][$contains]=secret');
    expect(read.status).toBe(200);
    expect(read.body.data[0]).toMatchObject({ body: 'the secret body', category: { name: 'News' } });
    expect((await api.get('/api/pages?locale=*')).body.data).toHaveLength(2);
  });
});
