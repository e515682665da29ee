import { bearer, createClient } from '../helpers/http';
import { useApp } from '../helpers/setup';
import { createToken } from '../helpers/tokens';
import { untilPassed } from '../helpers/wait';

describe('revocation, rotation and deletion take effect at once on this instance', () => {
  const suite = useApp();

  it.each(['revoke', 'archive', 'delete'])('a cached token is refused right after %s', async (action) => {
    const { id, value } = await createToken(suite, { name: `cached ${action}`, accessLevel: 'read-only' });
    const client = createClient(suite.app.url, bearer(value));
    expect((await client.get('/api/access-tokens/me')).status).toBe(200);
    const response =
      action === 'delete'
        ? await suite.adminApi.delete(`/access-tokens/tokens/${id}`)
        : await suite.adminApi.post(`/access-tokens/tokens/${id}/${action}`);
    expect(response.status).toBe(200);
    expect((await client.get('/api/access-tokens/me')).status).toBe(401);
  });

  it('keeps the old value of a regenerated token working until its grace period ends', async () => {
    const { id, value: oldValue } = await createToken(suite, { name: 'rotating', accessLevel: 'read-only' });
    expect((await createClient(suite.app.url, bearer(oldValue)).get('/api/access-tokens/me')).status).toBe(200);
    const regenerated = await suite.adminApi.post(`/access-tokens/tokens/${id}/regenerate`, { gracePeriodSeconds: 3 });
    const { accessKey: newValue, previousKeyExpiresAt } = regenerated.body.data;
    expect((await createClient(suite.app.url, bearer(oldValue)).get('/api/access-tokens/me')).status).toBe(200);
    expect((await createClient(suite.app.url, bearer(newValue)).get('/api/access-tokens/me')).status).toBe(200);
    await untilPassed(previousKeyExpiresAt);
    expect((await createClient(suite.app.url, bearer(oldValue)).get('/api/access-tokens/me')).status).toBe(401);
    expect((await createClient(suite.app.url, bearer(newValue)).get('/api/access-tokens/me')).status).toBe(200);
  });

  it('refuses the old value at once when regenerated without a grace period', async () => {
    const { id, value: oldValue } = await createToken(suite, { name: 'rotated now', accessLevel: 'read-only' });
    expect((await createClient(suite.app.url, bearer(oldValue)).get('/api/access-tokens/me')).status).toBe(200);
    await suite.adminApi.post(`/access-tokens/tokens/${id}/regenerate`, {});
    expect((await createClient(suite.app.url, bearer(oldValue)).get('/api/access-tokens/me')).status).toBe(401);
  });

  it('refuses a token as soon as its validTo passes, even from the cache', async () => {
    // Long enough for the first use on a busy machine; then the clock, not a guess, says when it has passed.
    const validTo = new Date(Date.now() + 3000).toISOString();
    const { value } = await createToken(suite, { name: 'short lived', accessLevel: 'read-only', validTo });
    const client = createClient(suite.app.url, bearer(value));
    expect((await client.get('/api/access-tokens/me')).status).toBe(200);
    await untilPassed(validTo);
    const response = await client.get('/api/access-tokens/me');
    expect(response.status).toBe(401);
    expect(response.body.error.message).toBe('Access token expired');
  });
});

describe('custom token values (migrated from another system, no prefix)', () => {
  const suite = useApp();
  const customValue = 'Migrated-Integration-Key-FceA0m48EHEC5UdPHJh7-abcdef';

  it('authenticates after the built-in strategies, with the same rules', async () => {
    const { id } = await createToken(suite, { name: 'migrated', accessLevel: 'read-only', accessKey: customValue });
    const client = createClient(suite.app.url, bearer(customValue));
    expect((await client.get('/api/access-tokens/me')).body.data).toMatchObject({ id, name: 'migrated' });
    expect((await client.get('/api/articles')).status).toBe(200);
    expect((await client.post('/api/articles', { data: { title: 'nope' } })).status).toBe(403);

    await suite.adminApi.post(`/access-tokens/tokens/${id}/revoke`);
    const refused = await client.get('/api/articles');
    expect(refused.status).toBe(401);
    expect(refused.body.error.message).toBe('Access token revoked');
  });

  it('leaves an unknown unprefixed value to the other strategies and their 401', async () => {
    const response = await createClient(suite.app.url, bearer('Nobody-Knows-This-Value-0123456789-abcdef')).get(
      '/api/articles'
    );
    expect(response.status).toBe(401);
    expect(response.body.error.message).toBe('Missing or invalid credentials');
  });
});
