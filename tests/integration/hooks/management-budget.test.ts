import { bearer, createClient } from '../helpers/http';
import { useApp } from '../helpers/setup';
import { createToken } from '../helpers/tokens';

const AUDIT_UID = 'plugin::access-tokens.audit-entry';
const BUDGET = 3;
const HOUR_MS = 3_600_000;

/**
 * Every hook change a token makes writes an audit entry: without a budget, any token, read-only too, could write
 * them in a loop.
 */
describe('hook management by a token: a budget per token', () => {
  const suite = useApp({ ACCESS_TOKENS_MANAGEMENT_BUDGET_MAX_REQUESTS: String(BUDGET) });
  const target = { targetUrl: 'http://127.0.0.1:9/budget', event: 'entry.create' };

  const reader = async (name: string) => {
    const token = await createToken(suite, { name, accessLevel: 'read-only' });
    return { id: token.id, api: createClient(suite.app.url, bearer(token.value)) };
  };
  const auditedFor = (tokenId: number) => suite.app.strapi.db.query(AUDIT_UID).count({ where: { tokenId } });

  it(`answers 429 with Retry-After once a token made ${BUDGET} hook changes in the window, and audits nothing more`, async () => {
    const { id, api } = await reader('looping reader');
    const subscribed = await api.post('/api/access-tokens/hooks', target);
    expect(subscribed.status).toBe(201);
    const hook = subscribed.body.data.id as number;
    expect((await api.post(`/api/access-tokens/hooks/${hook}/rotate-secret`, {})).status).toBe(200);
    expect((await api.delete(`/api/access-tokens/hooks/${hook}`)).status).toBe(204);
    const audited = await auditedFor(id);

    const refused = await api.post('/api/access-tokens/hooks', target);
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(HOUR_MS / 1000 - 60);
    expect(retryAfter).toBeLessThanOrEqual(HOUR_MS / 1000);
    expect(refused.body).toEqual({
      data: null,
      error: {
        status: 429,
        name: 'RateLimitError',
        message: 'This access token has made too many hook changes: try again later',
        details: { maxRequests: BUDGET, windowMs: HOUR_MS, retryAfterSeconds: retryAfter },
      },
    });
    expect((await api.post(`/api/access-tokens/hooks/${hook}/rotate-secret`, {})).status).toBe(429);
    expect((await api.delete(`/api/access-tokens/hooks/${hook}`)).status).toBe(429);
    expect(await auditedFor(id)).toBe(audited);

    // Reading is not managing: the list, samples and /me still answer.
    expect((await api.get('/api/access-tokens/hooks')).status).toBe(200);
    expect((await api.get('/api/access-tokens/me')).status).toBe(200);
  });

  it('counts refused changes too (a bad body, another token’s hook)', async () => {
    const { api } = await reader('clumsy reader');
    expect((await api.post('/api/access-tokens/hooks', { targetUrl: 'not a url' })).status).toBe(400);
    expect((await api.delete('/api/access-tokens/hooks/999999')).status).toBe(404);
    expect((await api.post('/api/access-tokens/hooks/999999/rotate-secret', {})).status).toBe(404);
    expect((await api.post('/api/access-tokens/hooks', target)).status).toBe(429);
  });

  it('gives each token its own budget', async () => {
    const spent = await reader('spent');
    for (let call = 0; call < BUDGET; call += 1) await spent.api.delete('/api/access-tokens/hooks/999999');
    expect((await spent.api.post('/api/access-tokens/hooks', target)).status).toBe(429);

    const other = await reader('untouched');
    expect((await other.api.post('/api/access-tokens/hooks', target)).status).toBe(201);
  });

  it('always lets a token revoke itself, budget spent or not', async () => {
    const { api } = await reader('leaving');
    for (let call = 0; call < BUDGET; call += 1) await api.delete('/api/access-tokens/hooks/999999');
    expect((await api.post('/api/access-tokens/hooks', target)).status).toBe(429);

    expect((await api.delete('/api/access-tokens/me')).status).toBe(204);
    expect((await api.get('/api/access-tokens/me')).status).toBe(401);
  });
});
