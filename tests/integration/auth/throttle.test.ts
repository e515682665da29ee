import { createHmac, randomBytes } from 'node:crypto';

import { generateToken } from '../../../server/src/lib/token-format';
import { bearer, createClient } from '../helpers/http';
import { useApp, type Suite } from '../helpers/setup';
import { createBuiltInApiToken, registerUser } from '../helpers/strapi-credentials';
import { credentialQueries } from '../helpers/queries';
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

  const guess = (client: string) => from(suite, client, generateToken('sat_')).get('/api/access-tokens/me');

  it('throttles an address after repeated invalid tokens, with Retry-After, and looks up only values it used', async () => {
    const client = '198.51.100.40';
    const used = await createToken(suite, { name: 'used before the attack', accessLevel: 'read-only' });
    const unused = await createToken(suite, { name: 'never used from there', accessLevel: 'read-only' });
    expect((await from(suite, client, used.value).get('/api/access-tokens/me')).status).toBe(200);

    const statuses: number[] = [];
    for (let attempt = 0; attempt < 8; attempt += 1) statuses.push((await guess(client)).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429, 429]);

    // Throttled, a guess and even a right value never used from this address answer 429 without a lookup.
    const answers: Array<Awaited<ReturnType<typeof guess>>> = [];
    const lookups = await credentialQueries(suite.app.strapi, async () => {
      answers.push(await guess(client));
      answers.push(await from(suite, client, unused.value).get('/api/access-tokens/me'));
    });
    expect(answers.map((answer) => answer.status)).toEqual([429, 429]);
    expect(answers[1].body.error.message).toBe(answers[0].body.error.message);
    expect(Number(answers[1].headers.get('retry-after'))).toBeGreaterThan(0);
    expect(lookups).toEqual([]);

    // The value it used before keeps working (an integration behind a NAT shared with the guesser), and the
    // other one does from anywhere else.
    expect((await from(suite, client, used.value).get('/api/access-tokens/me')).status).toBe(200);
    expect((await from(suite, '198.51.100.41', unused.value).get('/api/access-tokens/me')).status).toBe(200);
  });

  it('counts an IPv6 client by its /64, and an IPv4-mapped IPv6 address as the IPv4 address', async () => {
    for (let attempt = 1; attempt <= 5; attempt += 1)
      expect((await guess(`2001:db8:5:6::${attempt}`)).status).toBe(401);
    expect((await guess('2001:db8:5:6:ffff:ffff:ffff:ffff')).status).toBe(429);
    expect((await guess('2001:db8:5:7::1')).status).toBe(401);

    for (let attempt = 1; attempt <= 5; attempt += 1) expect((await guess('198.51.100.70')).status).toBe(401);
    expect((await guess('::ffff:198.51.100.70')).status).toBe(429);
    expect((await guess('198.51.100.71')).status).toBe(401);
  });

  it('counts unknown custom (unprefixed) values, but never built-in API tokens or users-permissions JWTs', async () => {
    const client = '198.51.100.50';
    const builtInKey = await createBuiltInApiToken(suite, 'built-in', 'read-only');
    const registered = await registerUser(suite, 'guesser');
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
      expect((await from(suite, client, builtInKey).get('/api/articles')).status).toBe(200);
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
    expect((await from(suite, client, builtInKey).get('/api/articles')).status).toBe(200);
    expect((await from(suite, client, jwt).get('/api/users/me')).status).toBe(200);
    expect((await from(suite, client, expiredJwt(user.id)).get('/api/users/me')).status).toBe(401);
    expect((await from(suite, client, custom).get('/api/access-tokens/me')).status).toBe(200);
    // Another client is not throttled.
    expect(
      (await from(suite, '198.51.100.51', randomBytes(30).toString('base64url')).get('/api/articles')).status
    ).toBe(401);
  });
});
