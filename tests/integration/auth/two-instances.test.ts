import { bearer, createClient } from '../helpers/http';
import { useInstancePair } from '../helpers/instance-pair';
import { statusesSentAfter } from '../helpers/wait';

describe('two Strapi processes on one database', () => {
  // Polling a refused token counts as failed attempts: no throttle's 429 in place of the 401 under test.
  const pair = useInstancePair({ ACCESS_TOKENS_THROTTLE_MAX_FAILURES: '1000000' });

  it.each(['revoke', 'archive', 'delete'])(
    'the other instance refuses a cached token within one second of %s',
    async (action) => {
      const created = await pair.adminApi.post('/access-tokens/tokens', {
        name: `shared ${action}`,
        accessLevel: 'read-only',
      });
      const { id, accessKey } = created.body.data;
      const onSecond = createClient(pair.second.url, bearer(accessKey));
      expect((await onSecond.get('/api/access-tokens/me')).status).toBe(200); // now cached on the second instance

      const changed =
        action === 'delete'
          ? await pair.adminApi.delete(`/access-tokens/tokens/${id}`)
          : await pair.adminApi.post(`/access-tokens/tokens/${id}/${action}`);
      expect(changed.status).toBe(200);
      const changedAt = Date.now(); // after the change committed

      // Every request sent a second after the change is refused, however long a busy machine takes to answer it.
      expect(await statusesSentAfter(changedAt + 1000, () => onSecond.get('/api/access-tokens/me'))).toEqual([
        401, 401, 401,
      ]);
    }
  );

  it('the other instance applies a change of level and permissions within one second', async () => {
    const created = await pair.adminApi.post('/access-tokens/tokens', {
      name: 'shared custom',
      accessLevel: 'read-only',
    });
    const { id, accessKey } = created.body.data;
    const onSecond = createClient(pair.second.url, bearer(accessKey));
    expect((await onSecond.get('/api/articles')).status).toBe(200); // now cached on the second instance

    const permissions = { 'api::category.category': { actions: ['find'] } };
    const changed = await pair.adminApi.put(`/access-tokens/tokens/${id}`, { accessLevel: 'custom', permissions });
    expect(changed.status).toBe(200);
    const changedAt = Date.now();

    // Custom now, with categories only: the articles it read a moment ago are a 403.
    expect(await statusesSentAfter(changedAt + 1000, () => onSecond.get('/api/articles'))).toEqual([403, 403, 403]);
  });

  it('the other instance refuses a replaced value within one second of its end, and keeps the new one', async () => {
    const created = await pair.adminApi.post('/access-tokens/tokens', {
      name: 'shared replaced',
      accessLevel: 'read-only',
    });
    const { id, accessKey: oldValue } = created.body.data;
    const regenerated = await pair.adminApi.post(`/access-tokens/tokens/${id}/regenerate`, {
      gracePeriodSeconds: 3600,
    });
    const newValue = regenerated.body.data.accessKey;
    const oldOnSecond = createClient(pair.second.url, bearer(oldValue));
    // Both values answer, and are cached, on the second instance (the regeneration's eviction may take a second).
    expect(await statusesSentAfter(Date.now() + 1000, () => oldOnSecond.get('/api/access-tokens/me'))).toEqual([
      200, 200, 200,
    ]);

    expect((await createClient(pair.first.url, bearer(oldValue)).delete('/api/access-tokens/me')).status).toBe(204);
    const endedAt = Date.now();

    expect(await statusesSentAfter(endedAt + 1000, () => oldOnSecond.get('/api/access-tokens/me'))).toEqual([
      401, 401, 401,
    ]);
    expect((await createClient(pair.second.url, bearer(newValue)).get('/api/access-tokens/me')).status).toBe(200);
  });
});
