import { bearer, type JsonResponse } from '../helpers/http';
import { useApp } from '../helpers/setup';
import { createTokenClient } from '../helpers/tokens';
import { waitFor } from '../helpers/wait';

const LIST_ARTICLES = JSON.stringify({ query: '{ articles { title } }' });

/** `RateLimit: "default";r=<r>;t=<t>` -> { r, t }. */
const serviceLimit = (response: { headers: Headers }) => {
  const match = /^"default";r=(\d+);t=(\d+)$/.exec(response.headers.get('ratelimit') ?? '');
  return match ? { r: Number(match[1]), t: Number(match[2]) } : null;
};

describe('rate limits per token (in-memory counters)', () => {
  const suite = useApp();
  const limited = (name: string, rateLimit: unknown, extra: Record<string, unknown> = {}) =>
    createTokenClient(suite, { name, accessLevel: 'read-write', rateLimit, ...extra });
  const graphqlWith = (value: string) =>
    fetch(`${suite.app.url}/graphql`, {
      method: 'POST',
      headers: { ...bearer(value), 'Content-Type': 'application/json' },
      body: LIST_ARTICLES,
    });

  it('answers within the limit with RateLimit-Policy and RateLimit, then 429 with Retry-After in Strapi’s error shape', async () => {
    const { api } = await limited('three a minute', { limit: 3, windowSeconds: 60 });
    const answers: JsonResponse[] = [];
    for (let request = 0; request < 4; request += 1) answers.push(await api.get('/api/articles'));

    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 429]);
    for (const answer of answers) expect(answer.headers.get('ratelimit-policy')).toBe('"default";q=3;w=60');
    expect(answers.map((answer) => serviceLimit(answer)?.r)).toEqual([2, 1, 0, 0]);
    for (const answer of answers) {
      expect(serviceLimit(answer)!.t).toBeGreaterThan(0);
      expect(serviceLimit(answer)!.t).toBeLessThanOrEqual(60);
    }

    const refused = answers[3];
    expect(refused.body).toEqual({
      data: null,
      error: {
        status: 429,
        name: 'RateLimitError',
        message: expect.stringMatching(/rate limit/i),
        details: { limit: 3, windowSeconds: 60, retryAfterSeconds: Number(refused.headers.get('retry-after')) },
      },
    });
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(serviceLimit(refused)!.t);
  });

  it('counts every request of the token against one limit: REST, the plugin’s hook routes and GraphQL', async () => {
    const { api, value } = await limited('everywhere', { limit: 4, windowSeconds: 60 });
    expect((await api.get('/api/articles')).status).toBe(200);
    expect((await api.get('/api/access-tokens/me')).status).toBe(200);
    expect((await api.get('/api/access-tokens/hooks')).status).toBe(200);
    const query = await graphqlWith(value);
    expect(query.status).toBe(200);
    expect(query.headers.get('ratelimit')).toMatch(/^"default";r=0;t=\d+$/);

    const overGraphql = await graphqlWith(value);
    expect(overGraphql.status).toBe(429);
    expect(overGraphql.headers.get('retry-after')).toMatch(/^\d+$/);
    expect((await api.get('/api/access-tokens/me')).status).toBe(429);
    expect(
      (await api.post('/api/access-tokens/hooks', { targetUrl: 'http://127.0.0.1:9/x', event: 'entry.create' })).status
    ).toBe(429);
  });

  it('limits a custom (unprefixed) value, which Strapi’s own strategies see first, just the same', async () => {
    const { api } = await limited(
      'custom value',
      { limit: 1, windowSeconds: 60 },
      { accessKey: 'Rate-Limited-Custom-Value-fYl6M1vykQYeUJJ1ell2-xyz' }
    );
    expect((await api.get('/api/articles')).status).toBe(200);
    const refused = await api.get('/api/articles');
    expect(refused.status).toBe(429);
    expect(refused.headers.get('ratelimit-policy')).toBe('"default";q=1;w=60');
  });

  it('counts requests refused for their level or scope, and keeps answering them as such within the limit', async () => {
    const { api: reader } = await createTokenClient(suite, {
      name: 'reader',
      accessLevel: 'read-only',
      rateLimit: { limit: 2, windowSeconds: 60 },
    });
    const write = await reader.post('/api/articles', { data: { title: 'nope' } });
    expect(write.status).toBe(403);
    expect(serviceLimit(write)?.r).toBe(1);
    expect((await reader.get('/api/articles')).status).toBe(200);
    expect((await reader.get('/api/articles')).status).toBe(429);
  });

  it('sends no RateLimit fields for a token without a limit, nor for other credentials', async () => {
    const { api } = await limited('unlimited', null);
    const answer = await api.get('/api/articles');
    expect(answer.status).toBe(200);
    expect(answer.headers.get('ratelimit')).toBeNull();
    expect(answer.headers.get('ratelimit-policy')).toBeNull();
    expect((await suite.http.get('/api/articles')).headers.get('ratelimit')).toBeNull();
  });

  it('applies an edited limit at once: raised, lowered, removed', async () => {
    const { id, api } = await limited('edited', { limit: 2, windowSeconds: 60 });
    const edit = (rateLimit: unknown) => suite.adminApi.put(`/access-tokens/tokens/${id}`, { rateLimit });
    expect((await api.get('/api/articles')).status).toBe(200);
    expect((await api.get('/api/articles')).status).toBe(200);
    expect((await api.get('/api/articles')).status).toBe(429);

    expect((await edit({ limit: 5, windowSeconds: 60 })).status).toBe(200);
    const raised = await api.get('/api/articles');
    expect(raised.status).toBe(200);
    expect(raised.headers.get('ratelimit-policy')).toBe('"default";q=5;w=60');

    expect((await edit({ limit: 3, windowSeconds: 60 })).status).toBe(200);
    expect((await api.get('/api/articles')).status).toBe(429);

    expect((await edit(null)).status).toBe(200);
    const removed = await api.get('/api/articles');
    expect(removed.status).toBe(200);
    expect(removed.headers.get('ratelimit')).toBeNull();
  });

  it('starts a fresh window when the old one has ended', async () => {
    const { api } = await limited('one a second', { limit: 1, windowSeconds: 1 });
    expect((await api.get('/api/articles')).status).toBe(200);
    const refused = await api.get('/api/articles');
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('1');

    const status = await waitFor(
      async () => {
        const { status } = await api.get('/api/articles');
        return status !== 429 && status;
      },
      { timeoutMs: 3_000, intervalMs: 50, what: 'the window over' }
    );
    expect(status).toBe(200);
  });
});
