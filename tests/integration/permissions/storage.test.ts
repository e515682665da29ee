import { useApp } from '../helpers/setup';

const TOKEN_UID = 'plugin::access-tokens.token';
const ARTICLE = 'api::article.article';
const CATEGORY = 'api::category.category';

/**
 * Permissions live in a JSON column, which the engines store differently (MySQL and MariaDB reorder an object's
 * keys, PostgreSQL's json keeps them, SQLite keeps the text): what comes back, and what the audit compares, must
 * not depend on it. Listed in database-suites.js.
 */
describe('custom tokens: permissions in the database', () => {
  const suite = useApp();

  const permissions = {
    [ARTICLE]: {
      actions: ['find', 'findOne', 'create', 'update', 'delete'],
      fields: { read: ['title', 'body', 'category', 'author', 'publishedAt'], write: ['title', 'body'] },
    },
    [CATEGORY]: { actions: ['find'], fields: { read: [], write: [] } },
    'plugin::upload': { actions: ['content-api.find', 'content-api.findOne'] },
    'plugin::users-permissions': { actions: ['user.me'] },
  };

  it('stores the permissions and reads them back as they were, in their canonical order', async () => {
    const response = await suite.adminApi.post('/access-tokens/tokens', {
      name: 'Stored',
      accessLevel: 'custom',
      permissions,
    });
    expect(response.status).toBe(201);
    const { id } = response.body.data;

    const row = await suite.app.strapi.db.query(TOKEN_UID).findOne({ where: { id } });
    expect(row.permissions).toEqual(permissions);
    const shown = (await suite.adminApi.get(`/access-tokens/tokens/${id}`)).body.data.permissions;
    expect(shown).toEqual(permissions);
    expect(JSON.stringify(shown)).toBe(JSON.stringify(permissions));
  });

  it('records no change for the same permissions sent in another order of keys', async () => {
    const { id } = (
      await suite.adminApi.post('/access-tokens/tokens', { name: 'Reordered', accessLevel: 'custom', permissions })
    ).body.data;
    const reordered = Object.fromEntries(
      Object.entries(permissions)
        .reverse()
        .map(([uid, grant]) => [uid, Object.fromEntries(Object.entries(grant).reverse())])
    );
    expect((await suite.adminApi.put(`/access-tokens/tokens/${id}`, { permissions: reordered })).status).toBe(200);

    const audit = (await suite.adminApi.get(`/access-tokens/audit?tokenId=${id}`)).body.data;
    expect(audit[0]).toMatchObject({ action: 'token.update', changes: null });
  });

  it('clears the column when a token leaves the custom level', async () => {
    const { id } = (
      await suite.adminApi.post('/access-tokens/tokens', { name: 'Cleared', accessLevel: 'custom', permissions })
    ).body.data;
    expect((await suite.adminApi.put(`/access-tokens/tokens/${id}`, { accessLevel: 'read-only' })).status).toBe(200);
    const row = await suite.app.strapi.db.query(TOKEN_UID).findOne({ where: { id } });
    expect(row).toMatchObject({ accessLevel: 'read-only', permissions: null });
  });
});
