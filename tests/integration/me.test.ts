import { bearer, createClient } from './helpers/http';
import { futureIso, useApp } from './helpers/setup';
import { createBuiltInApiToken, registerUser } from './helpers/strapi-credentials';
import { createToken, expireToken, scopedReadOnly } from './helpers/tokens';

/** GET /api/access-tokens/me: who the calling token is (Zapier's connection test). DELETE: leaks/revoke-self.test.ts. */
describe('GET /api/access-tokens/me', () => {
  const suite = useApp();
  const as = (value: string) => createClient(suite.app.url, bearer(value));

  it('answers the calling token: id, name, level, scopes and end, nothing else', async () => {
    const validTo = futureIso(30);
    const { id, value } = await createToken(suite, {
      name: 'zapier connection',
      description: 'not part of the answer',
      accessLevel: 'read-only',
      scopes: ['api::article.article'],
      validTo,
      ipAllowlist: ['127.0.0.1/32', '::1/128', '::ffff:127.0.0.1/128'],
    });
    const response = await as(value).get('/api/access-tokens/me');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      data: {
        id,
        name: 'zapier connection',
        accessLevel: 'read-only',
        scopes: ['api::article.article'],
        validTo: new Date(validTo).toISOString(),
      },
    });
    expect(response.headers.get('access-token-expiration')).toBe(new Date(validTo).toISOString());
  });

  it('answers empty scopes and no end for an all-scope token that never expires', async () => {
    const { id, value } = await createToken(suite, { name: 'everything, forever', accessLevel: 'read-write' });
    const response = await as(value).get('/api/access-tokens/me');
    expect(response.body.data).toEqual({
      id,
      name: 'everything, forever',
      accessLevel: 'read-write',
      scopes: [],
      validTo: null,
    });
    expect(response.headers.get('access-token-expiration')).toBeNull();
  });

  it('belongs to every valid token, whatever its scopes', async () => {
    const { id, value } = await createToken(suite, scopedReadOnly('uploads only', ['plugin::upload']));
    expect((await as(value).get('/api/articles')).status).toBe(403);
    expect((await as(value).get('/api/access-tokens/me')).body.data).toMatchObject({ id, scopes: ['plugin::upload'] });
  });

  it('answers the same token for both values during a regeneration’s grace period', async () => {
    const { id, value: before } = await createToken(suite, { name: 'regenerated', accessLevel: 'read-only' });
    const regenerated = await suite.adminApi.post(`/access-tokens/tokens/${id}/regenerate`, { gracePeriodSeconds: 60 });
    for (const value of [before, regenerated.body.data.accessKey]) {
      expect((await as(value).get('/api/access-tokens/me')).body.data).toMatchObject({ id, name: 'regenerated' });
    }
  });

  it('refuses revoked, archived, expired and not-yet-valid tokens with 401 and the reason', async () => {
    const revoked = await createToken(suite, { name: 'me revoked', accessLevel: 'read-only' });
    await suite.adminApi.post(`/access-tokens/tokens/${revoked.id}/revoke`);
    const archived = await createToken(suite, { name: 'me archived', accessLevel: 'read-only' });
    await suite.adminApi.post(`/access-tokens/tokens/${archived.id}/archive`);
    const expired = await createToken(suite, { name: 'me expired', accessLevel: 'read-only' });
    await expireToken(suite, expired.id);
    const scheduled = await createToken(suite, {
      name: 'me scheduled',
      accessLevel: 'read-only',
      validFrom: futureIso(1),
    });

    for (const [value, message] of [
      [revoked.value, 'Access token revoked'],
      [archived.value, 'Access token archived'],
      [expired.value, 'Access token expired'],
      [scheduled.value, 'Access token not valid yet'],
    ]) {
      const response = await as(value).get('/api/access-tokens/me');
      expect(response.status).toBe(401);
      expect(response.body).toMatchObject({ data: null, error: { status: 401, name: 'UnauthorizedError', message } });
    }
  });

  it('answers 401 in Strapi’s error shape without a token, or with Strapi’s own credentials', async () => {
    const builtInKey = await createBuiltInApiToken(suite, 'me built-in', 'full-access');
    const registered = await registerUser(suite, 'me-user');
    expect(registered.status).toBe(200);

    for (const client of [suite.http, as(builtInKey), as(registered.body.jwt)]) {
      const response = await client.get('/api/access-tokens/me');
      expect(response.status).toBe(401);
      expect(response.body).toMatchObject({ data: null, error: { status: 401, name: 'UnauthorizedError' } });
    }
  });
});
