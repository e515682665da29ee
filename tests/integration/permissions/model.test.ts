import { bearer, createClient } from '../helpers/http';
import { createSettledToken } from '../helpers/queries';
import { useApp } from '../helpers/setup';

import { TOKEN_EVICTING_ACTIONS } from '../../../shared/contracts/audit';

const ARTICLE = 'api::article.article';
const CATEGORY = 'api::category.category';
const HOMEPAGE = 'api::homepage.homepage';

/**
 * Issue 23, the model: a custom token stores its permissions, shows them in every answer about it, and audits each
 * change with a diff. What the permissions let through is tested beside it (rest, graphql, locales, hooks).
 */
describe('custom tokens: stored, shown and audited', () => {
  const suite = useApp();

  beforeAll(async () => {
    await suite.app.strapi.plugin('i18n').service('locales').create({ code: 'fr', name: 'French (fr)' });
  });

  const create = (body: Record<string, unknown>) => suite.adminApi.post('/access-tokens/tokens', body);
  const update = (id: number, body: Record<string, unknown>) => suite.adminApi.put(`/access-tokens/tokens/${id}`, body);
  const auditOf = async (id: number) =>
    (await suite.adminApi.get(`/access-tokens/audit?tokenId=${id}`)).body.data as {
      action: string;
      changes: Record<string, { from: unknown; to: unknown }> | null;
    }[];

  it('creates a custom token, its permissions in a canonical order, and shows them everywhere', async () => {
    const response = await create({
      name: 'Zapier articles',
      accessLevel: 'custom',
      permissions: {
        'plugin::upload': { actions: ['content-api.upload', 'content-api.find'] },
        [HOMEPAGE]: { locales: ['fr', 'en'], actions: ['update', 'find'] },
        [ARTICLE]: { fields: { write: ['body', 'title'], read: ['category', 'title'] }, actions: ['create', 'find'] },
      },
    });
    expect(response.status).toBe(201);
    const expected = {
      [ARTICLE]: { actions: ['find', 'create'], fields: { read: ['title', 'category'], write: ['title', 'body'] } },
      [HOMEPAGE]: { actions: ['find', 'update'], locales: ['en', 'fr'] },
      'plugin::upload': { actions: ['content-api.upload', 'content-api.find'] },
    };
    const { id } = response.body.data;
    expect(response.body.data).toMatchObject({ accessLevel: 'custom', scopes: [], permissions: expected });
    expect(Object.keys(response.body.data.permissions)).toEqual([ARTICLE, HOMEPAGE, 'plugin::upload']);

    const shown = await suite.adminApi.get(`/access-tokens/tokens/${id}`);
    expect(shown.body.data.permissions).toEqual(expected);
    const listed = await suite.adminApi.get('/access-tokens/tokens?accessLevel=custom');
    expect(listed.body.data.map((token: { id: number }) => token.id)).toContain(id);
    expect(listed.body.data.find((token: { id: number }) => token.id === id).permissions).toEqual(expected);

    const [created] = await auditOf(id);
    expect(created.action).toBe('token.create');
    expect(created.changes).toMatchObject({
      accessLevel: { from: null, to: 'custom' },
      [`permissions.${ARTICLE}`]: { from: null, to: expected[ARTICLE] },
      [`permissions.${HOMEPAGE}`]: { from: null, to: expected[HOMEPAGE] },
      'permissions.plugin::upload': { from: null, to: expected['plugin::upload'] },
    });
  });

  it('shows null permissions on read-only and read-write tokens', async () => {
    for (const accessLevel of ['read-only', 'read-write']) {
      const response = await create({ name: `Plain ${accessLevel}`, accessLevel });
      expect(response.body.data).toMatchObject({ accessLevel, permissions: null });
      expect(
        (await suite.adminApi.get(`/access-tokens/tokens/${response.body.data.id}`)).body.data.permissions
      ).toBeNull();
    }
  });

  it('audits a change of permissions with the subjects that changed, and an unchanged save not at all', async () => {
    const permissions = { [ARTICLE]: { actions: ['find', 'findOne'] }, [CATEGORY]: { actions: ['find'] } };
    const { id } = (await create({ name: 'Edited', accessLevel: 'custom', permissions })).body.data;

    const next = {
      [ARTICLE]: { actions: ['find', 'findOne'] },
      [CATEGORY]: { actions: ['find', 'create'], fields: { write: ['name'] } },
      [HOMEPAGE]: { actions: ['find'] },
    };
    const edited = await update(id, { permissions: next });
    expect(edited.status).toBe(200);
    expect(edited.body.data.permissions).toEqual(next);
    const [entry] = await auditOf(id);
    expect(entry.action).toBe('token.update');
    expect(TOKEN_EVICTING_ACTIONS).toContain(entry.action);
    expect(entry.changes).toEqual({
      [`permissions.${CATEGORY}`]: { from: { actions: ['find'] }, to: next[CATEGORY] },
      [`permissions.${HOMEPAGE}`]: { from: null, to: { actions: ['find'] } },
    });

    const removed = await update(id, { permissions: { [ARTICLE]: { actions: ['findOne', 'find'] } } });
    expect(removed.status).toBe(200);
    expect((await auditOf(id))[0].changes).toEqual({
      [`permissions.${CATEGORY}`]: { from: next[CATEGORY], to: null },
      [`permissions.${HOMEPAGE}`]: { from: { actions: ['find'] }, to: null },
    });

    const entries = (await auditOf(id)).length;
    expect((await update(id, { permissions: { [ARTICLE]: { actions: ['findOne', 'find'] } } })).status).toBe(200);
    const after = await auditOf(id);
    expect(after.length === entries ? null : after[0].changes).toBeNull();
  });

  it('switches a token to custom (its scopes cleared) and back (its permissions cleared), audited', async () => {
    const { id } = (await create({ name: 'Switched', accessLevel: 'read-only', scopes: [ARTICLE] })).body.data;
    const permissions = { [ARTICLE]: { actions: ['find'] } };

    const toCustom = await update(id, { accessLevel: 'custom', permissions });
    expect(toCustom.status).toBe(200);
    expect(toCustom.body.data).toMatchObject({ accessLevel: 'custom', scopes: [], permissions });
    expect((await auditOf(id))[0].changes).toEqual({
      accessLevel: { from: 'read-only', to: 'custom' },
      scopes: { from: [ARTICLE], to: [] },
      [`permissions.${ARTICLE}`]: { from: null, to: permissions[ARTICLE] },
    });

    const back = await update(id, { accessLevel: 'read-write', scopes: [CATEGORY] });
    expect(back.status).toBe(200);
    expect(back.body.data).toMatchObject({ accessLevel: 'read-write', scopes: [CATEGORY], permissions: null });
    expect((await auditOf(id))[0].changes).toEqual({
      accessLevel: { from: 'custom', to: 'read-write' },
      scopes: { from: [], to: [CATEGORY] },
      [`permissions.${ARTICLE}`]: { from: permissions[ARTICLE], to: null },
    });

    const nulled = await update(id, { accessLevel: 'read-only', permissions: null });
    expect(nulled.status).toBe(200);
    expect(nulled.body.data).toMatchObject({ accessLevel: 'read-only', permissions: null });
  });

  it('lets a custom token through only what it is granted, and applies a switch at once', async () => {
    const token = await createSettledToken(suite, { name: 'Cached then custom', accessLevel: 'read-only' });
    const api = createClient(suite.app.url, bearer(token.value));
    expect((await api.get('/api/articles')).status).toBe(200); // cached now

    const switched = await update(token.id, {
      accessLevel: 'custom',
      permissions: { [CATEGORY]: { actions: ['find'] } },
    });
    expect(switched.status).toBe(200);
    expect((await api.get('/api/categories')).status).toBe(200);
    expect((await api.get('/api/articles')).status).toBe(403);
    expect((await api.post('/api/articles', { data: { title: 'x' } })).status).toBe(403);
    const graphql = await api.post('/graphql', { query: '{ articles { title } }' });
    expect(graphql.body.data?.articles ?? null).toBeNull();
    // Its own routes belong to every valid token.
    const me = await api.get('/api/access-tokens/me');
    expect(me.status).toBe(200);
    expect(me.body.data).toMatchObject({ accessLevel: 'custom', scopes: [] });
  });
});
