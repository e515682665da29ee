import { createAdmin } from './helpers/admin';
import { createClient } from './helpers/http';
import { futureIso, useApp } from './helpers/setup';

const TOKEN_UID = 'plugin::access-tokens.token';
const pastIso = (days: number) => futureIso(-days);

describe('tokens admin API: list, search, filters, sort, pagination', () => {
  const suite = useApp();

  const create = async (body: Record<string, unknown>, api = suite.adminApi) => {
    const response = await api.post('/access-tokens/tokens', body);
    expect(response.status).toBe(201);
    return response.body.data as { id: number; name: string; accessKey: string };
  };
  const list = (params: Record<string, string | number>) =>
    suite.adminApi.get(`/access-tokens/tokens?${new URLSearchParams(params as Record<string, string>)}`);
  const names = async (params: Record<string, string | number>) => {
    const response = await list(params);
    expect(response.status).toBe(200);
    return response.body.data.map((token: { name: string }) => token.name);
  };
  const setRow = (id: number, data: Record<string, unknown>) =>
    suite.app.strapi.db.query(TOKEN_UID).update({ where: { id }, data });

  it('searches names partially and case-insensitively, default order name ascending', async () => {
    for (const name of ['Search Beta', 'search alpha', 'SEARCH gamma', 'Unrelated'])
      await create({ name, accessLevel: 'read-only' });
    expect(await names({ search: 'EARCH' })).toEqual(['search alpha', 'Search Beta', 'SEARCH gamma']);
    expect(await names({ search: 'ch g' })).toEqual(['SEARCH gamma']);
    expect(await names({ search: 'nothing like it' })).toEqual([]);
    expect(await names({ search: 'search %' })).toEqual([]);
  });

  // The token-value filter travels in a POST body: a URL ends up in logs, proxies and browser history.
  const lookup = (body: Record<string, unknown>) => suite.adminApi.post('/access-tokens/tokens/lookup', body);
  const lookedUp = async (body: Record<string, unknown>) => {
    const response = await lookup(body);
    expect(response.status).toBe(200);
    return response.body.data.map((token: { name: string }) => token.name);
  };

  it('finds a token by its exact value, also the previous one during a grace period', async () => {
    const graced = await create({ name: 'Value graced', accessLevel: 'read-only' });
    const custom = await create({
      name: 'Value custom',
      accessLevel: 'read-only',
      accessKey: 'Value-Filter-Custom-cX1rLzVeujffwI4O0CZK-abcdef',
    });
    expect(await lookedUp({ accessKey: graced.accessKey })).toEqual(['Value graced']);
    expect(await lookedUp({ accessKey: custom.accessKey })).toEqual(['Value custom']);
    expect(await lookedUp({ accessKey: graced.accessKey.slice(0, -1) })).toEqual([]);
    expect(await lookedUp({ accessKey: custom.accessKey.toLowerCase() })).toEqual([]);

    const rolled = await suite.adminApi.post(`/access-tokens/tokens/${graced.id}/regenerate`, {
      gracePeriodSeconds: 3600,
    });
    expect(rolled.status).toBe(200);
    expect(await lookedUp({ accessKey: graced.accessKey })).toEqual(['Value graced']);
    expect(await lookedUp({ accessKey: rolled.body.data.accessKey })).toEqual(['Value graced']);
    // Once the grace period is over, the previous value no longer matches.
    await setRow(graced.id, { previousKeyExpiresAt: new Date(Date.now() - 1000) });
    expect(await lookedUp({ accessKey: graced.accessKey })).toEqual([]);
  });

  it('combines the token value with the other filters, sort and pagination, and answers the list shape', async () => {
    const token = await create({ name: 'Lookup combined', accessLevel: 'read-only' });
    expect(await lookedUp({ accessKey: token.accessKey, accessLevel: 'read-write' })).toEqual([]);
    const found = await lookup({
      accessKey: token.accessKey,
      search: 'combined',
      status: 'active',
      sort: 'name:desc',
      page: 1,
      pageSize: 5,
    });
    expect(found.body).toEqual({
      data: [expect.objectContaining({ id: token.id, name: 'Lookup combined' })],
      meta: { pagination: { page: 1, pageSize: 5, pageCount: 1, total: 1 } },
    });
    expect(found.body.data[0]).not.toHaveProperty('accessKey');
    expect((await lookup({ accessKey: token.accessKey })).body.meta.pagination).toEqual({
      page: 1,
      pageSize: 25,
      pageCount: 1,
      total: 1,
    });
    // As in the list, archived tokens only when asked for.
    expect((await suite.adminApi.post(`/access-tokens/tokens/${token.id}/archive`)).status).toBe(200);
    expect(await lookedUp({ accessKey: token.accessKey })).toEqual([]);
    expect(await lookedUp({ accessKey: token.accessKey, status: 'archived' })).toEqual(['Lookup combined']);
  });

  it('refuses a token value in the list URL, saying where to send it, without echoing it', async () => {
    const token = await create({ name: 'Value in URL', accessLevel: 'read-only' });
    const queries: Record<string, string>[] = [
      { accessKey: token.accessKey },
      { search: 'Value', accessKey: token.accessKey },
    ];
    for (const params of queries) {
      const response = await list(params);
      expect(response.status).toBe(400);
      expect(response.body.error.name).toBe('ValidationError');
      expect(response.body.error.details.errors).toEqual([
        expect.objectContaining({
          path: ['accessKey'],
          message: expect.stringContaining('POST /access-tokens/tokens/lookup'),
        }),
      ]);
      expect(JSON.stringify(response.body)).not.toContain(token.accessKey);
    }
  });

  const LOOKUP_SECRET = 'Lookup-Refused-Secret-ZQ1qkcceT048NwtswrjW-abcdef';
  it.each([
    ['no token value', {}, 'accessKey'],
    ['an empty token value', { accessKey: '' }, 'accessKey'],
    ['a token value that is not a string', { accessKey: 42 }, 'accessKey'],
    ['a token value over 300 characters', { accessKey: LOOKUP_SECRET.repeat(8) }, 'accessKey'],
    ['an unknown field', { accessKey: LOOKUP_SECRET, name: 'x' }, 'name'],
    ['a field named after an Object member', { accessKey: LOOKUP_SECRET, constructor: 'x' }, 'constructor'],
    ['an unknown status', { accessKey: LOOKUP_SECRET, status: 'deleted' }, 'status'],
    ['a page that is not a number', { accessKey: LOOKUP_SECRET, page: 'two' }, 'page'],
    ['pageSize over 100', { accessKey: LOOKUP_SECRET, pageSize: 101 }, 'pageSize'],
  ])('the lookup answers 400 for %s, never echoing the value', async (_, body, field) => {
    const response = await lookup(body);
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ data: null, error: { status: 400, name: 'ValidationError' } });
    expect(response.body.error.details.errors.map((error: { path: string[] }) => error.path[0])).toContain(field);
    expect(JSON.stringify(response.body)).not.toContain(LOOKUP_SECRET);
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

  describe('sort', () => {
    // Created in the order Z, X, Y; each field orders the three differently from their names.
    const expected: Record<string, string[]> = {
      name: ['Sort x', 'Sort Y', 'Sort z'],
      createdAt: ['Sort z', 'Sort x', 'Sort Y'],
      maskedKey: ['Sort Y', 'Sort z', 'Sort x'],
      accessLevel: ['Sort z', 'Sort Y', 'Sort x'],
      scopes: ['Sort x', 'Sort z', 'Sort Y'],
      validFrom: ['Sort Y', 'Sort z', 'Sort x'], // no start = since always
      validTo: ['Sort z', 'Sort Y', 'Sort x'], // no end = never expires
      lastUsedAt: ['Sort z', 'Sort Y', 'Sort x'], // never used first
      createdBy: ['Sort Y', 'Sort z', 'Sort x'], // case-insensitive: alice, Bob, Carol
    };

    beforeAll(async () => {
      const apiAs = async (firstname: string, lastname: string) => {
        const admin = await createAdmin(suite.app.strapi, suite.app.url);
        await suite.app.strapi.db
          .query('admin::user')
          .update({ where: { id: admin.id }, data: { firstname, lastname } });
        return createClient(suite.app.url, { Authorization: `Bearer ${admin.jwt}` });
      };
      const z = await create(
        {
          name: 'Sort z',
          accessLevel: 'read-only',
          accessKey: 'bbbb-Sort-Custom-Value-hDFESc19qflP4tE3FBiz-0005',
          scopes: ['api::article.article'],
          validFrom: pastIso(2),
          validTo: futureIso(5),
        },
        await apiAs('Bob', 'B')
      );
      const x = await create(
        {
          name: 'Sort x',
          accessLevel: 'read-write',
          accessKey: 'cccc-Sort-Custom-Value-KSzrBPofyfKxAWTZnHri-0001',
          validFrom: pastIso(1),
        },
        await apiAs('Carol', 'C')
      );
      const y = await create(
        {
          name: 'Sort Y',
          accessLevel: 'read-only',
          accessKey: 'aaaa-Sort-Custom-Value-vERxcW5KUn6rfmGN9g9m-0009',
          scopes: ['api::category.category'],
          validTo: futureIso(10),
        },
        await apiAs('alice', 'A')
      );
      await setRow(x.id, { lastUsedAt: new Date(Date.now() - 3_600_000) });
      await setRow(y.id, { lastUsedAt: new Date(Date.now() - 7_200_000) });
      expect(z.id).toBeLessThan(y.id);
    });

    it.each(Object.keys(expected))('sorts by %s ascending and descending, page by page', async (field) => {
      for (const direction of ['asc', 'desc']) {
        const order = direction === 'asc' ? expected[field] : [...expected[field]].reverse();
        const sort = `${field}:${direction}`;
        expect([sort, await names({ search: 'Sort ', sort })]).toEqual([sort, order]);
        const paged = [];
        for (let page = 1; page <= 3; page += 1)
          paged.push(...(await names({ search: 'Sort ', sort, page, pageSize: 1 })));
        expect([sort, paged]).toEqual([sort, order]);
      }
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
