import { useApp } from './helpers/setup';
import { tokenListApi } from './helpers/token-list';

/** Finding a token by its value: in a POST body, never in the list URL. */
describe('tokens admin API: lookup by token value', () => {
  const suite = useApp();
  const { create, list, setRow } = tokenListApi(suite);

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
});
