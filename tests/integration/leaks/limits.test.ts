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
