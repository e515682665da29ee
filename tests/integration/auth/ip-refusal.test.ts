import { generateToken } from '../../../server/src/lib/token-format';
import { bearer, createClient, rawResponse } from '../helpers/http';
import { futureIso, useApp } from '../helpers/setup';
import { createToken } from '../helpers/tokens';
import { waitFor } from '../helpers/wait';

const ALLOWED = '203.0.113.7';
const CUSTOM = 'Ip-Refused-Custom-Value-Q8vTz3KpW6mYc1RxN5bJ-tail';

/**
 * A value refused from an address outside its allowlist answers as a value never issued: telling the client more
 * would tell a thief that the value it holds is real. The admin sees the refusal on the token instead.
 */
describe('refusals by IP address', () => {
  // The test client stands for a proxy on loopback: each request names its client in X-Forwarded-For.
  const suite = useApp({ ACCESS_TOKENS_TRUSTED_PROXIES: '127.0.0.1,::1' });

  const from = (client: string, value: string, path = '/api/access-tokens/me') =>
    rawResponse(`${suite.app.url}${path}`, { headers: { ...bearer(value), 'X-Forwarded-For': client } });
  const graphqlFrom = (client: string, value: string) =>
    rawResponse(`${suite.app.url}/graphql`, {
      method: 'POST',
      headers: { ...bearer(value), 'X-Forwarded-For': client, 'Content-Type': 'application/json' },
      body: JSON.stringify({ query: '{ articles { documentId } }' }),
    });
  const tokenOf = async (id: number) => (await suite.adminApi.get(`/access-tokens/tokens/${id}`)).body.data;

  it('answers byte for byte as an unknown value, over REST and GraphQL, prefixed or custom', async () => {
    // An expiry and a rate limit: what a known token's answers carry (Access-Token-Expiration, RateLimit).
    const restricted = { accessLevel: 'read-only', ipAllowlist: [ALLOWED], validTo: futureIso(30) };
    const prefixed = await createToken(suite, {
      name: 'allowlisted',
      ...restricted,
      rateLimit: { limit: 100, windowSeconds: 60 },
    });
    const custom = await createToken(suite, { name: 'allowlisted custom', ...restricted, accessKey: CUSTOM });
    const accepted = await from(ALLOWED, prefixed.value);
    expect(accepted.status).toBe(200);
    expect(accepted.headers.map(([name]) => name)).toEqual(
      expect.arrayContaining(['access-token-expiration', 'ratelimit', 'ratelimit-policy'])
    );

    const unknownCustom = 'Never-Issued-Custom-Value-Hq3ZxP9mWc4RtY8vNb3L-tail';
    for (const [refused, unknown] of [
      [prefixed.value, generateToken('sat_')],
      [CUSTOM, unknownCustom],
    ]) {
      for (const path of ['/api/access-tokens/me', '/api/articles']) {
        const answer = await from('198.51.100.80', unknown, path);
        expect(answer.status).toBe(401);
        expect(await from('198.51.100.80', refused, path)).toEqual(answer);
      }
      expect(await graphqlFrom('198.51.100.81', refused)).toEqual(await graphqlFrom('198.51.100.81', unknown));
    }
    expect((await tokenOf(custom.id)).lastRefusal).toMatchObject({ reason: 'ip-not-allowed' });
  });

  it('answers as an unknown value from a refused address whatever the token’s status, which it names only within its allowlist', async () => {
    const restricted = { accessLevel: 'read-only', ipAllowlist: [ALLOWED] };
    // Both may come back to life: a thief must not learn from them that the value is real.
    const scheduled = await createToken(suite, {
      name: 'scheduled, allowlisted',
      ...restricted,
      validFrom: futureIso(1),
    });
    const archived = await createToken(suite, { name: 'archived, allowlisted', ...restricted });
    expect((await suite.adminApi.post(`/access-tokens/tokens/${archived.id}/archive`, {})).status).toBe(200);

    const unknown = await from('198.51.100.82', generateToken('sat_'));
    for (const [token, message] of [
      [scheduled, 'Access token not valid yet'],
      [archived, 'Access token archived'],
    ] as const) {
      expect(await from('198.51.100.82', token.value)).toEqual(unknown);
      const within = await createClient(suite.app.url, { ...bearer(token.value), 'X-Forwarded-For': ALLOWED }).get(
        '/api/access-tokens/me'
      );
      expect(within.body.error).toMatchObject({ status: 401, message });
    }
  });

  it('shows the admin the last refusal, with its reason, time and address, written at most once a minute', async () => {
    const { id, value } = await createToken(suite, {
      name: 'refusals shown',
      accessLevel: 'read-only',
      ipAllowlist: [ALLOWED],
    });
    expect((await tokenOf(id)).lastRefusal).toBeNull();

    const before = Date.now();
    expect((await from('198.51.100.90', value)).status).toBe(401);
    const refusal = await waitFor(async () => (await tokenOf(id)).lastRefusal, { what: 'the last refusal' });
    expect(refusal).toEqual({ at: expect.any(String), reason: 'ip-not-allowed', ip: '198.51.100.90' });
    expect(Date.parse(refusal.at)).toBeGreaterThanOrEqual(before - 1000);
    expect(Date.parse(refusal.at)).toBeLessThanOrEqual(Date.now());

    // Within the minute: a second refusal writes nothing (a write would be queued with setImmediate; this read
    // comes after it).
    expect((await from('198.51.100.91', value)).status).toBe(401);
    await suite.adminApi.get('/access-tokens/tokens');
    expect((await tokenOf(id)).lastRefusal).toEqual(refusal);
    // The list carries it too, and the token's own use is unaffected.
    const listed = (await suite.adminApi.get('/access-tokens/tokens?pageSize=100')).body.data.find(
      (token: { id: number }) => token.id === id
    );
    expect(listed.lastRefusal).toEqual(refusal);
    expect(
      (await createClient(suite.app.url, { ...bearer(value), 'X-Forwarded-For': ALLOWED }).get('/api/articles')).status
    ).toBe(200);
  });
});
