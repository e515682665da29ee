import { futureIso, useApp } from './helpers/setup';
import { tokenListApi } from './helpers/token-list';

describe('tokens admin API: list, search, filters, status, pagination', () => {
  const suite = useApp();
  const { create, list, names, setRow } = tokenListApi(suite);

  it('searches names partially and case-insensitively, default order name ascending', async () => {
    for (const name of ['Search Beta', 'search alpha', 'SEARCH gamma', 'Unrelated'])
      await create({ name, accessLevel: 'read-only' });
    expect(await names({ search: 'EARCH' })).toEqual(['search alpha', 'Search Beta', 'SEARCH gamma']);
    expect(await names({ search: 'ch g' })).toEqual(['SEARCH gamma']);
    expect(await names({ search: 'nothing like it' })).toEqual([]);
    expect(await names({ search: 'search %' })).toEqual([]);
  });

  it('filters by access level and by scope', async () => {
    await create({ name: 'Filter read', accessLevel: 'read-only', scopes: ['api::article.article'] });
    await create({
      name: 'Filter write',
      accessLevel: 'read-write',
      scopes: ['api::category.category', 'plugin::upload'],
    });
    await create({ name: 'Filter all', accessLevel: 'read-write' });
    expect(await names({ search: 'Filter', accessLevel: 'read-only' })).toEqual(['Filter read']);
    expect(await names({ search: 'Filter', accessLevel: 'read-write' })).toEqual(['Filter all', 'Filter write']);
    expect(await names({ search: 'Filter', scope: 'api::article.article' })).toEqual(['Filter read']);
    expect(await names({ search: 'Filter', scope: 'plugin::upload' })).toEqual(['Filter write']);
    expect(await names({ search: 'Filter', scope: 'api::article' })).toEqual([]);
    expect(await names({ search: 'Filter', scope: 'plugin::upload', accessLevel: 'read-only' })).toEqual([]);
  });

  describe('status', () => {
    beforeAll(async () => {
      await create({ name: 'Status active', accessLevel: 'read-only' });
      await create({ name: 'Status scheduled', accessLevel: 'read-only', validFrom: futureIso(2) });
      const expired = await create({ name: 'Status expired', accessLevel: 'read-only', validTo: futureIso(2) });
      await setRow(expired.id, { validTo: new Date(Date.now() - 60_000) });
      const revoked = await create({ name: 'Status revoked', accessLevel: 'read-only' });
      expect((await suite.adminApi.post(`/access-tokens/tokens/${revoked.id}/revoke`)).status).toBe(200);
      const archived = await create({ name: 'Status archived', accessLevel: 'read-only' });
      expect((await suite.adminApi.post(`/access-tokens/tokens/${archived.id}/archive`)).status).toBe(200);
    });

    it.each(['active', 'scheduled', 'expired', 'revoked', 'archived'])('filters %s', async (status) => {
      const response = await list({ search: 'Status ', status });
      expect(response.body.data.map((token: { name: string; status: string }) => [token.name, token.status])).toEqual([
        [`Status ${status}`, status],
      ]);
    });

    it('hides archived tokens unless asked for', async () => {
      expect(await names({ search: 'Status ' })).toEqual([
        'Status active',
        'Status expired',
        'Status revoked',
        'Status scheduled',
      ]);
    });

    it('sorts by status in both directions, across pages', async () => {
      const ascending = ['Status active', 'Status scheduled', 'Status expired', 'Status revoked'];
      expect(await names({ search: 'Status ', sort: 'status:asc' })).toEqual(ascending);
      expect(await names({ search: 'Status ', sort: 'status:desc' })).toEqual([...ascending].reverse());
      expect(await names({ search: 'Status ', sort: 'status:asc', page: 2, pageSize: 3 })).toEqual(['Status revoked']);
      expect(await names({ search: 'Status ', sort: 'status:desc', page: 2, pageSize: 2 })).toEqual([
        'Status scheduled',
        'Status active',
      ]);
      expect(await names({ search: 'Status ', sort: 'status:asc', status: 'archived' })).toEqual(['Status archived']);
    });
  });

  it('paginates with Strapi-style meta', async () => {
    for (let index = 1; index <= 7; index += 1) await create({ name: `Page 0${index}`, accessLevel: 'read-only' });
    const first = await list({ search: 'Page 0', pageSize: 3 });
    expect(first.body.meta.pagination).toEqual({ page: 1, pageSize: 3, pageCount: 3, total: 7 });
    expect(first.body.data.map((token: { name: string }) => token.name)).toEqual(['Page 01', 'Page 02', 'Page 03']);
    const last = await list({ search: 'Page 0', pageSize: 3, page: 3 });
    expect(last.body.meta.pagination).toEqual({ page: 3, pageSize: 3, pageCount: 3, total: 7 });
    expect(last.body.data.map((token: { name: string }) => token.name)).toEqual(['Page 07']);
    const beyond = await list({ search: 'Page 0', pageSize: 3, page: 4 });
    expect(beyond.body).toMatchObject({
      data: [],
      meta: { pagination: { page: 4, pageSize: 3, pageCount: 3, total: 7 } },
    });
    const exact = await list({ search: 'Page 0', pageSize: 7 });
    expect(exact.body.meta.pagination).toEqual({ page: 1, pageSize: 7, pageCount: 1, total: 7 });
    const fallback = await list({ search: 'Page 0' });
    expect(fallback.body.meta.pagination).toEqual({ page: 1, pageSize: 25, pageCount: 1, total: 7 });
    expect((await list({ search: 'no such token' })).body.meta.pagination).toEqual({
      page: 1,
      pageSize: 25,
      pageCount: 0,
      total: 0,
    });
    expect((await list({ pageSize: 100 })).status).toBe(200);
  });

  it.each([
    ['an unknown parameter', { name: 'x' }, 'name'],
    ['an unknown sort field', { sort: 'keyHash:asc' }, 'sort'],
    ['a sort without direction', { sort: 'name' }, 'sort'],
    ['a bad sort direction', { sort: 'name:up' }, 'sort'],
    ['pageSize over 100', { pageSize: 101 }, 'pageSize'],
    ['pageSize 0', { pageSize: 0 }, 'pageSize'],
    ['page 0', { page: 0 }, 'page'],
    ['a non-numeric page', { page: 'two' }, 'page'],
    ['an unknown status', { status: 'deleted' }, 'status'],
    ['an unknown access level', { accessLevel: 'admin' }, 'accessLevel'],
  ])('answers 400 for %s', async (_, params, field) => {
    const response = await list(params);
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ data: null, error: { status: 400, name: 'ValidationError' } });
    expect(JSON.stringify(response.body.error)).toContain(field);
  });
});
