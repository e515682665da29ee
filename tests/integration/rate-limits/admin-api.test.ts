import { bearer, createClient } from '../helpers/http';
import { useApp } from '../helpers/setup';

const TOKEN_UID = 'plugin::access-tokens.token';
const AUDIT_UID = 'plugin::access-tokens.audit-entry';
const CI_TOKEN = 'ci-Rate-Limited-Token-C3oBOiANsj8WQrh5GfJu-ABCDEFGH';

describe('tokens admin API: rate limits', () => {
  const suite = useApp({ ACCESS_TOKENS_RATE_LIMIT_DEFAULT: '7/30', CI_TOKEN, CI_TOKEN_RATE_LIMIT: '2/60' });
  const create = (body: Record<string, unknown>) =>
    suite.adminApi.post('/access-tokens/tokens', { accessLevel: 'read-only', ...body });

  it('gives a new token the configured default, or the limit it is created with, or none when null', async () => {
    const byDefault = await create({ name: 'by default' });
    expect(byDefault.status).toBe(201);
    expect(byDefault.body.data.rateLimit).toEqual({ limit: 7, windowSeconds: 30 });

    const own = await create({ name: 'own limit', rateLimit: { limit: 100, windowSeconds: 3600 } });
    expect(own.body.data.rateLimit).toEqual({ limit: 100, windowSeconds: 3600 });
    const fetched = await suite.adminApi.get(`/access-tokens/tokens/${own.body.data.id}`);
    expect(fetched.body.data.rateLimit).toEqual({ limit: 100, windowSeconds: 3600 });
    const listed = await suite.adminApi.get('/access-tokens/tokens?search=own%20limit');
    expect(listed.body.data[0].rateLimit).toEqual({ limit: 100, windowSeconds: 3600 });

    const none = await create({ name: 'no limit', rateLimit: null });
    expect(none.body.data.rateLimit).toBeNull();
    const unlimited = await createClient(suite.app.url, bearer(none.body.data.accessKey)).get('/api/articles');
    expect(unlimited.headers.get('ratelimit')).toBeNull();
  });

  it('audits a changed limit like any other edit, and an unchanged one not at all', async () => {
    const { id } = (await create({ name: 'audited limit', rateLimit: { limit: 10, windowSeconds: 60 } })).body.data;
    expect(
      (await suite.adminApi.put(`/access-tokens/tokens/${id}`, { rateLimit: { limit: 20, windowSeconds: 60 } })).status
    ).toBe(200);
    expect((await suite.adminApi.put(`/access-tokens/tokens/${id}`, { rateLimit: null })).status).toBe(200);
    expect(
      (await suite.adminApi.put(`/access-tokens/tokens/${id}`, { rateLimit: null, description: 'same limit' })).status
    ).toBe(200);

    const audit = await suite.adminApi.get(`/access-tokens/audit?tokenId=${id}&pageSize=100`);
    const changes = audit.body.data.map((entry: { action: string; changes: Record<string, unknown> }) => [
      entry.action,
      entry.changes.rateLimit ?? null,
    ]);
    expect(changes).toEqual([
      ['token.update', null],
      ['token.update', { from: { limit: 20, windowSeconds: 60 }, to: null }],
      ['token.update', { from: { limit: 10, windowSeconds: 60 }, to: { limit: 20, windowSeconds: 60 } }],
      ['token.create', { from: null, to: { limit: 10, windowSeconds: 60 } }],
    ]);
  });

  it('provisions a configured token with the limit the configuration gives it', async () => {
    const ci = await suite.adminApi.post('/access-tokens/tokens/lookup', { accessKey: CI_TOKEN });
    expect(ci.body.data[0]).toMatchObject({ name: 'CI pipeline', rateLimit: { limit: 2, windowSeconds: 60 } });
    const pipeline = createClient(suite.app.url, bearer(CI_TOKEN));
    expect((await pipeline.get('/api/articles')).status).toBe(200);
    expect((await pipeline.get('/api/articles')).status).toBe(200);
    expect((await pipeline.get('/api/articles')).status).toBe(429);
  });

  describe('refuses an invalid limit with a 400 naming the field, storing nothing', () => {
    let existingId: number;
    beforeAll(async () => {
      existingId = (await create({ name: 'existing', rateLimit: { limit: 5, windowSeconds: 5 } })).body.data.id;
    });

    const counts = async () => ({
      tokens: await suite.app.strapi.db.query(TOKEN_UID).count(),
      audit: await suite.app.strapi.db.query(AUDIT_UID).count(),
      existing: await suite.app.strapi.db.query(TOKEN_UID).findOne({ where: { id: existingId } }),
    });

    it.each<[string, unknown, string]>([
      ['limit zero', { limit: 0, windowSeconds: 60 }, 'rateLimit.limit'],
      ['limit negative', { limit: -5, windowSeconds: 60 }, 'rateLimit.limit'],
      ['limit a fraction', { limit: 1.5, windowSeconds: 60 }, 'rateLimit.limit'],
      ['limit a string', { limit: '10', windowSeconds: 60 }, 'rateLimit.limit'],
      ['limit over a million', { limit: 1_000_001, windowSeconds: 60 }, 'rateLimit.limit'],
      ['limit missing', { windowSeconds: 60 }, 'rateLimit.limit'],
      ['limit null', { limit: null, windowSeconds: 60 }, 'rateLimit.limit'],
      ['windowSeconds zero', { limit: 10, windowSeconds: 0 }, 'rateLimit.windowSeconds'],
      ['windowSeconds over a day', { limit: 10, windowSeconds: 86_401 }, 'rateLimit.windowSeconds'],
      ['windowSeconds missing', { limit: 10 }, 'rateLimit.windowSeconds'],
      ['an unknown key', { limit: 10, windowSeconds: 60, burst: 5 }, 'rateLimit.burst'],
      ['a number', 100, 'rateLimit'],
      ['a string', '100/60', 'rateLimit'],
      ['an array', [100, 60], 'rateLimit'],
    ])('%s', async (_, rateLimit, path) => {
      const before = await counts();
      for (const response of [
        await create({ name: 'refused', rateLimit }),
        await suite.adminApi.put(`/access-tokens/tokens/${existingId}`, { rateLimit }),
      ]) {
        expect(response.status).toBe(400);
        expect(response.body).toMatchObject({ data: null, error: { status: 400, name: 'ValidationError' } });
        const paths = response.body.error.details.errors.map((error: { path: string[] }) => error.path.join('.'));
        expect(paths).toContain(path);
      }
      expect(await counts()).toEqual(before);
    });
  });
});
