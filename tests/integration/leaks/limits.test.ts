import { generateToken } from '../../../server/src/lib/token-format';
import { bearer, createClient } from '../helpers/http';
import { useApp } from '../helpers/setup';
import { createToken } from '../helpers/tokens';

/** The bounds of POST /api/access-tokens/revoke, with the default configuration (10 reports a minute per address). */
describe('POST /api/access-tokens/revoke: bounds and rate limit', () => {
  const suite = useApp();
  const report = (body: unknown) => suite.http.post('/api/access-tokens/revoke', body);

  it.each([
    ['101 values', { tokens: Array.from({ length: 101 }, () => generateToken()) }, ['tokens']],
    ['no value', { tokens: [] }, ['tokens']],
    ['no tokens field', {}, ['tokens']],
    ['a list that is not one', { tokens: 'sat_x' }, ['tokens']],
    ['a value too long', { tokens: ['a'.repeat(257)] }, ['tokens', '0']],
    ['a value that is not a string', { tokens: [42] }, ['tokens', '0']],
    ['an unknown field', { tokens: [generateToken()], url: 'https://example.com' }, ['url']],
  ])('refuses %s with a 400 naming the field', async (_kind, body, path) => {
    const response = await report(body);
    expect(response.status).toBe(400);
    expect(response.body.error).toMatchObject({ status: 400, name: 'ValidationError' });
    expect(response.body.error.details.errors.map((error: { path: string[] }) => error.path)).toContainEqual(path);
    expect(JSON.stringify(response.body)).not.toContain('sat_');
  });

  it('answers 429 with Retry-After once an address has sent its reports for the window, valid tokens or not', async () => {
    const { value } = await createToken(suite, { name: 'reported too late', accessLevel: 'read-only' });
    const statuses: number[] = [];
    let limited: Awaited<ReturnType<typeof report>> | undefined;
    for (let attempt = 0; attempt < 11 && !limited; attempt += 1) {
      const response = await report({ tokens: [generateToken()] });
      statuses.push(response.status);
      if (response.status === 429) limited = response;
    }
    // The 400s above counted too: at most ten reports a minute, whatever they held.
    expect(statuses.filter((status) => status === 202).length).toBeGreaterThan(0);
    expect(limited?.status).toBe(429);
    expect(Number(limited!.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(limited!.body.error).toMatchObject({ status: 429, name: 'RateLimitError' });

    const refused = await report({ tokens: [value] });
    expect(refused.status).toBe(429);
    expect(refused.body).toEqual(limited!.body);
    expect((await createClient(suite.app.url, bearer(value)).get('/api/access-tokens/me')).status).toBe(200);
  });
});

/**
 * Two budgets: per client (an IPv4 address, an IPv6 /64), every report counted; and, for all clients together,
 * the reports that reach the database. Small ones here: 3 per client, 8 in all.
 */
describe('POST /api/access-tokens/revoke: per-client and global budgets', () => {
  // The test client stands for a proxy on loopback: each report names its client in X-Forwarded-For.
  const suite = useApp({
    ACCESS_TOKENS_TRUSTED_PROXIES: '127.0.0.1,::1',
    ACCESS_TOKENS_LEAK_REPORTS_MAX_REQUESTS: '3',
    ACCESS_TOKENS_LEAK_REPORTS_GLOBAL_MAX_REQUESTS: '8',
  });
  const reportFrom = (client: string, tokens: string[] = [generateToken()]) =>
    createClient(suite.app.url, { 'X-Forwarded-For': client }).post('/api/access-tokens/revoke', { tokens });

  it('counts an IPv6 client by its /64: one /64 shares a budget, another has its own', async () => {
    for (const client of ['2001:db8:9:1::1', '2001:db8:9:1::2', '2001:db8:9:1:ffff::3']) {
      expect((await reportFrom(client)).status).toBe(202);
    }
    const limited = await reportFrom('2001:db8:9:1::4');
    expect(limited.status).toBe(429);
    expect(limited.body.error.message).toBe('Too many leak reports from this address');
    expect((await reportFrom('2001:db8:9:2::1')).status).toBe(202);
  });

  it('bounds the reports that reach the database from all clients, and only those', async () => {
    const statuses: number[] = [];
    let limited: Awaited<ReturnType<typeof reportFrom>> | undefined;
    for (let client = 1; client <= 12 && !limited; client += 1) {
      const response = await reportFrom(`198.51.100.${client}`);
      statuses.push(response.status);
      if (response.status === 429) limited = response;
    }
    // The first test's four admitted reports counted too: 8 in all, then the global refusal.
    expect(statuses).toEqual([202, 202, 202, 202, 429]);
    expect(limited!.body.error.message).toBe('Too many leak reports from all clients; try again later');
    expect(Number(limited!.headers.get('retry-after'))).toBeGreaterThan(0);

    // A value no token can hold (our prefix, a wrong checksum) needs no lookup: still answered.
    const token = generateToken();
    const badChecksum = token.slice(0, -1) + (token.endsWith('x') ? 'y' : 'x');
    expect((await reportFrom('198.51.100.30', ['sat_malformed', badChecksum])).status).toBe(202);
    expect((await reportFrom('198.51.100.31')).status).toBe(429);
  });
});
