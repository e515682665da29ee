import { generateToken } from '../../../server/src/lib/token-format';
import { emptyCounts } from '../../../server/src/lib/usage-counts';
import createUsageService from '../../../server/src/services/usage';
import { createAdmin } from '../helpers/admin';
import { bearer, createClient } from '../helpers/http';
import { useApp } from '../helpers/setup';
import { createToken, expireToken } from '../helpers/tokens';
import { TOKEN_USAGE_UID, today, usageService, usageToday } from './helpers';

/** A day without use, as the API answers it: the stored counters at zero, and REST derived from them. */
const ZERO = { ...emptyCounts(), restRequests: 0 };

// No timer writes during the tests: they write with flush() when they mean to.
describe('token usage: counting requests by outcome, per UTC day', () => {
  const suite = useApp({ ACCESS_TOKENS_USAGE_FLUSH_INTERVAL_MS: '3600000' });
  const as = (value: string) => createClient(suite.app.url, bearer(value));
  const stored = () => suite.app.strapi.db.query(TOKEN_USAGE_UID).findMany({});

  it('counts successes and 403s of a token, reads them before and after they are written, and never twice', async () => {
    const { id, value } = await createToken(suite, { name: 'reader', accessLevel: 'read-only' });
    expect((await as(value).get('/api/articles')).status).toBe(200);
    expect((await as(value).get('/api/access-tokens/me')).status).toBe(200);
    expect((await as(value).get('/api/articles/no-such-document')).status).toBe(404);
    expect((await as(value).post('/api/articles', { data: { title: 'no' } })).status).toBe(403);

    const expected = { ...ZERO, date: today(), success: 3, forbidden: 1, restRequests: 4 };
    expect(await stored()).toEqual([]);
    expect(await usageToday(suite, id)).toEqual(expected);

    await usageService(suite).flush();
    expect((await stored()).map((row: { tokenId: number }) => row.tokenId)).toEqual([id]);
    expect(await usageToday(suite, id)).toEqual(expected);

    expect((await as(value).get('/api/articles')).status).toBe(200);
    expect(await usageToday(suite, id)).toEqual({ ...expected, success: 4, restRequests: 5 });
  });

  it('counts in memory: requests query no usage table', async () => {
    const { value } = await createToken(suite, { name: 'no queries', accessLevel: 'read-only' });
    const knex = suite.app.strapi.db.connection;
    const usageQueries: string[] = [];
    const onQuery = ({ sql }: { sql: string }) => {
      if (/access_tokens_usage/.test(sql)) usageQueries.push(sql);
    };
    knex.on('query', onQuery);
    try {
      for (let i = 0; i < 10; i += 1) expect((await as(value).get('/api/articles')).status).toBe(200);
      expect((await as(value).post('/api/articles', { data: { title: 'no' } })).status).toBe(403);
    } finally {
      knex.removeListener('query', onQuery);
    }
    expect(usageQueries).toEqual([]);
  });

  it('counts the 401s of its own tokens (expired, revoked, refused IP) and nothing for unknown values', async () => {
    const expired = await createToken(suite, { name: 'expired', accessLevel: 'read-only' });
    await expireToken(suite, expired.id);
    const revoked = await createToken(suite, { name: 'revoked', accessLevel: 'read-only' });
    expect((await suite.adminApi.post(`/access-tokens/tokens/${revoked.id}/revoke`)).status).toBe(200);
    const elsewhere = await createToken(suite, {
      name: 'elsewhere',
      accessLevel: 'read-only',
      ipAllowlist: ['203.0.113.7'],
    });

    await usageService(suite).flush();
    const rowsBefore = (await stored()).length;
    for (const { value } of [expired, revoked, elsewhere])
      expect((await as(value).get('/api/articles')).status).toBe(401);
    expect((await as(generateToken('sat_')).get('/api/articles')).status).toBe(401);
    expect((await as('not-a-token-of-anyone-at-all-1234567890').get('/api/articles')).status).toBe(401);

    for (const { id } of [expired, revoked, elsewhere])
      expect(await usageToday(suite, id)).toMatchObject({ success: 0, unauthorized: 1 });
    await usageService(suite).flush();
    expect((await stored()).length).toBe(rowsBefore + 3);
  });

  it('takes counts from other code (a rate limiter) through count()', async () => {
    const { id } = await createToken(suite, { name: 'limited', accessLevel: 'read-only' });
    usageService(suite).count(id, 'rateLimited');
    expect(await usageToday(suite, id)).toMatchObject({ rateLimited: 1 });
  });

  it('shows each token’s requests of the last 24 hours in the list, written or not', async () => {
    const busy = await createToken(suite, { name: 'busy', accessLevel: 'read-only' });
    const idle = await createToken(suite, { name: 'idle', accessLevel: 'read-only' });
    for (let i = 0; i < 3; i += 1) await as(busy.value).get('/api/articles');
    await usageService(suite).flush();
    await as(busy.value).post('/api/articles', { data: { title: 'no' } });

    const list = await suite.adminApi.get('/access-tokens/tokens?pageSize=100');
    const byId = new Map(
      list.body.data.map((token: { id: number; requests24h: number }) => [token.id, token.requests24h])
    );
    expect(byId.get(busy.id)).toBe(4);
    expect(byId.get(idle.id)).toBe(0);
  });

  it('answers the days asked for, oldest first and zero-filled, ending today (UTC)', async () => {
    const { id, value } = await createToken(suite, { name: 'ninety days', accessLevel: 'read-only' });
    await as(value).get('/api/articles');
    const response = await suite.adminApi.get(`/access-tokens/tokens/${id}/usage?days=90`);
    expect(response.status).toBe(200);
    const { days, totals } = response.body.data;
    expect(days).toHaveLength(90);
    expect(days[89]).toEqual({ ...ZERO, date: today(), success: 1, restRequests: 1 });
    expect(days.slice(0, 89).every((day: Record<string, unknown>) => day.success === 0)).toBe(true);
    expect(days.map((day: { date: string }) => day.date)).toEqual(
      [...days.map((day: { date: string }) => day.date)].sort()
    );
    expect(totals).toEqual({ ...ZERO, success: 1, restRequests: 1 });
    expect((await suite.adminApi.get(`/access-tokens/tokens/${id}/usage`)).body.data.days).toHaveLength(30);
  });

  it.each(['0', '91', 'abc', '1.5', '-3'])('refuses days=%s with a 400 naming days', async (days) => {
    const { id } = await createToken(suite, { name: `bad days ${days}`, accessLevel: 'read-only' });
    const response = await suite.adminApi.get(`/access-tokens/tokens/${id}/usage?days=${days}`);
    expect(response.status).toBe(400);
    expect(response.body.error.name).toBe('ValidationError');
    expect(response.body.error.details.errors[0].path).toEqual(['days']);
  });

  it('refuses unknown parameters and ids, and answers 404 for an unknown token', async () => {
    const { id } = await createToken(suite, { name: 'params', accessLevel: 'read-only' });
    expect((await suite.adminApi.get(`/access-tokens/tokens/${id}/usage?from=2020-01-01`)).status).toBe(400);
    expect((await suite.adminApi.get('/access-tokens/tokens/abc/usage')).status).toBe(400);
    const missing = await suite.adminApi.get('/access-tokens/tokens/999999/usage');
    expect(missing.status).toBe(404);
    expect(missing.body.error.name).toBe('NotFoundError');
  });

  it('needs the read permission, and no token reaches it through the content API', async () => {
    const { id, value } = await createToken(suite, { name: 'rbac', accessLevel: 'read-write' });
    const writerOnly = await createAdmin(suite.app.strapi, suite.app.url, {
      actions: ['plugin::access-tokens.create'],
    });
    const reader = await createAdmin(suite.app.strapi, suite.app.url, { actions: ['plugin::access-tokens.read'] });
    expect(
      (await createClient(suite.app.url, bearer(writerOnly.jwt)).get(`/access-tokens/tokens/${id}/usage`)).status
    ).toBe(403);
    expect(
      (await createClient(suite.app.url, bearer(reader.jwt)).get(`/access-tokens/tokens/${id}/usage`)).status
    ).toBe(200);
    expect((await as(value).get(`/access-tokens/tokens/${id}/usage`)).status).toBe(401);
    expect((await as(value).get('/api/token-usages')).status).toBe(404);
  });

  it('deletes a token’s usage, written and pending, with the token', async () => {
    const { id, value } = await createToken(suite, { name: 'deleted', accessLevel: 'read-only' });
    await as(value).get('/api/articles');
    await usageService(suite).flush();
    await as(value).get('/api/articles');
    expect((await suite.adminApi.delete(`/access-tokens/tokens/${id}`)).status).toBe(200);
    await usageService(suite).flush();
    expect(await suite.app.strapi.db.query(TOKEN_USAGE_UID).count({ where: { tokenId: id } })).toBe(0);
  });

  it('counts nothing with usage.enabled false', async () => {
    const { id } = await createToken(suite, { name: 'not counted', accessLevel: 'read-only' });
    const strapi = suite.app.strapi;
    const config = strapi.config.get('plugin::access-tokens') as { usage: { enabled: boolean } };
    strapi.config.set('plugin::access-tokens.usage', { ...config.usage, enabled: false });
    try {
      const disabled = createUsageService({ strapi });
      disabled.count(id, 'success');
      await disabled.flush();
      expect((await disabled.daysOf(id, 1)).totals.success).toBe(0);
    } finally {
      strapi.config.set('plugin::access-tokens.usage', { ...config.usage, enabled: true });
    }
    expect(await strapi.db.query(TOKEN_USAGE_UID).count({ where: { tokenId: id } })).toBe(0);
  });

  it('prunes the days past the retention period and keeps the rest', async () => {
    const { id } = await createToken(suite, { name: 'old usage', accessLevel: 'read-only' });
    const usage = suite.app.strapi.db.query(TOKEN_USAGE_UID);
    await usage.create({ data: { tokenId: id, day: '2000-01-01', hour: 5, success: 7 } });
    await usage.create({ data: { tokenId: id, day: today(), hour: 0, success: 1 } });
    await usageService(suite).prune();
    const kept = await usage.findMany({ where: { tokenId: id } });
    expect(kept.map((row: { day: string }) => row.day)).toEqual([today()]);
  });
});
