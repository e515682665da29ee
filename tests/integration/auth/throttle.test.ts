import { createHmac, randomBytes } from 'node:crypto';

import { generateToken } from '../../../server/src/lib/token-format';
import { bearer, createClient } from '../helpers/http';
import { useApp, type Suite } from '../helpers/setup';
import { createToken } from '../helpers/tokens';

/** tests/app's users-permissions secret: a JWT signed with it but expired is refused by users-permissions alone. */
const JWT_SECRET = 'test-users-permissions-jwt-secret';
const base64url = (data: object) => Buffer.from(JSON.stringify(data)).toString('base64url');
const expiredJwt = (id: number) => {
  const now = Math.floor(Date.now() / 1000);
  const unsigned = `${base64url({ alg: 'HS256', typ: 'JWT' })}.${base64url({ id, iat: now - 7200, exp: now - 3600 })}`;
  return `${unsigned}.${createHmac('sha256', JWT_SECRET).update(unsigned).digest('base64url')}`;
};

describe('failed-authentication throttle', () => {
  // The test client stands for a proxy on loopback, so each test can be its own client through X-Forwarded-For.
  const suite = useApp({ ACCESS_TOKENS_THROTTLE_MAX_FAILURES: '5', ACCESS_TOKENS_TRUSTED_PROXIES: '127.0.0.1,::1' });
  const from = (s: Suite, client: string, token: string) =>
    createClient(s.app.url, { ...bearer(token), 'X-Forwarded-For': client });

  it('throttles an address after repeated invalid tokens, with Retry-After, and never slows a valid token', async () => {
    const { value } = await createToken(suite, { name: 'valid during attack', accessLevel: 'read-only' });
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 8; attempt += 1) {
      statuses.push(
        (await createClient(suite.app.url, bearer(generateToken('sat_'))).get('/api/access-tokens/me')).status
      );
    }
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.slice(5)).toEqual([429, 429, 429]);
    const throttled = await createClient(suite.app.url, bearer(generateToken('sat_'))).get('/api/access-tokens/me');
    expect(Number(throttled.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await createClient(suite.app.url, bearer(value)).get('/api/access-tokens/me')).status).toBe(200);
  });

  it('counts unknown custom (unprefixed) values, but never built-in API tokens or users-permissions JWTs', async () => {
    const client = '198.51.100.50';
    const builtIn = await suite.app.strapi
      .service('admin::api-token')
      .create({ name: 'built-in', type: 'read-only', lifespan: null, kind: 'content-api' });
    const registered = await suite.http.post('/api/auth/local/register', {
      username: 'guesser',
      email: 'guesser@example.com',
      password: 'Guesser-1234',
    });
    const { jwt, user } = registered.body;
    // An admin-kind Strapi token is refused by Strapi's content-API strategy, so it reaches ours (test setup only).
    const adminKind = randomBytes(128).toString('hex');
    const hash = suite.app.strapi.service('admin::api-token').hash(adminKind);
    await suite.app.strapi.db.query('admin::api-token').create({
      data: {
        name: 'admin kind',
        kind: 'admin',
        type: 'full-access',
        accessKey: hash,
        adminUserOwner: suite.admin.id,
      },
    });
    const custom = 'vR3kQ9zL7mT2wX8pN4bF6hJ1cY5sD0gA-migrated';
    await createToken(suite, { name: 'custom during attack', accessLevel: 'read-only', accessKey: custom });

    // Many more than maxFailures: none of these may count.
    for (let round = 0; round < 4; round += 1) {
      expect((await from(suite, client, builtIn.accessKey).get('/api/articles')).status).toBe(200);
      expect((await from(suite, client, jwt).get('/api/users/me')).status).toBe(200);
      expect((await from(suite, client, expiredJwt(user.id)).get('/api/users/me')).status).toBe(401);
      expect((await from(suite, client, adminKind).get('/api/articles')).status).toBe(401);
      expect((await from(suite, client, custom).get('/api/access-tokens/me')).status).toBe(200);
    }

    const guesses: number[] = [];
    for (let attempt = 0; attempt < 8; attempt += 1) {
      guesses.push((await from(suite, client, randomBytes(30).toString('base64url')).get('/api/articles')).status);
    }
    expect(guesses).toEqual([401, 401, 401, 401, 401, 429, 429, 429]);
    const throttled = await from(suite, client, randomBytes(30).toString('base64url')).get('/api/articles');
    expect(throttled.body.error.message).toBe('Too many invalid access tokens');
    expect(Number(throttled.headers.get('retry-after'))).toBeGreaterThan(0);

    // The other credentials still work from the throttled client; an expired JWT is still users-permissions' 401.
    expect((await from(suite, client, builtIn.accessKey).get('/api/articles')).status).toBe(200);
    expect((await from(suite, client, jwt).get('/api/users/me')).status).toBe(200);
    expect((await from(suite, client, expiredJwt(user.id)).get('/api/users/me')).status).toBe(401);
    expect((await from(suite, client, custom).get('/api/access-tokens/me')).status).toBe(200);
    // Another client is not throttled.
    expect(
      (await from(suite, '198.51.100.51', randomBytes(30).toString('base64url')).get('/api/articles')).status
    ).toBe(401);
  });
});
