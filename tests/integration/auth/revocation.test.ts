import { bearer, createClient } from '../helpers/http';
import { useApp } from '../helpers/setup';
import { createToken } from '../helpers/tokens';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('revocation, rotation and deletion take effect at once on this instance', () => {
  const suite = useApp();

  it.each(['revoke', 'archive', 'delete'])('a cached token is refused right after %s', async (action) => {
    const { id, value } = await createToken(suite, { name: `cached ${action}`, accessLevel: 'read-only' });
    const client = createClient(suite.app.url, bearer(value));
    expect((await client.get('/api/access-tokens/me')).status).toBe(200);
    const response =
      action === 'delete' ? await suite.adminApi.delete(`/access-tokens/tokens/${id}`) : await suite.adminApi.post(`/access-tokens/tokens/${id}/${action}`);
    expect(response.status).toBe(200);
    expect((await client.get('/api/access-tokens/me')).status).toBe(401);
  });

  it('keeps the old value of a regenerated token working until its grace period ends', async () => {
    const { id, value: oldValue } = await createToken(suite, { name: 'rotating', accessLevel: 'read-only' });
    expect((await createClient(suite.app.url, bearer(oldValue)).get('/api/access-tokens/me')).status).toBe(200);
    const regenerated = await suite.adminApi.post(`/access-tokens/tokens/${id}/regenerate`, { gracePeriodSeconds: 1 });
    const newValue = regenerated.body.data.accessKey;
    expect((await createClient(suite.app.url, bearer(oldValue)).get('/api/access-tokens/me')).status).toBe(200);
    expect((await createClient(suite.app.url, bearer(newValue)).get('/api/access-tokens/me')).status).toBe(200);
    await sleep(1100);
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
    const validTo = new Date(Date.now() + 1500).toISOString();
    const { value } = await createToken(suite, { name: 'short lived', accessLevel: 'read-only', validTo });
    const client = createClient(suite.app.url, bearer(value));
    expect((await client.get('/api/access-tokens/me')).status).toBe(200);
    await sleep(1600);
    const response = await client.get('/api/access-tokens/me');
    expect(response.status).toBe(401);
    expect(response.body.error.message).toBe('Access token expired');
  });
});
