import { generateToken } from '../../../server/src/lib/token-format';
import { bearer, createClient } from '../helpers/http';
import { useApp } from '../helpers/setup';
import { createToken } from '../helpers/tokens';

describe('failed-authentication throttle', () => {
  const suite = useApp({ ACCESS_TOKENS_THROTTLE_MAX_FAILURES: '5' });

  it('throttles an address after repeated invalid tokens, with Retry-After, and never slows a valid token', async () => {
    const { value } = await createToken(suite, { name: 'valid during attack', accessLevel: 'read-only' });
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 8; attempt += 1) {
      statuses.push((await createClient(suite.app.url, bearer(generateToken('sat_'))).get('/api/access-tokens/me')).status);
    }
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.slice(5)).toEqual([429, 429, 429]);
    const throttled = await createClient(suite.app.url, bearer(generateToken('sat_'))).get('/api/access-tokens/me');
    expect(Number(throttled.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await createClient(suite.app.url, bearer(value)).get('/api/access-tokens/me')).status).toBe(200);
  });
});
