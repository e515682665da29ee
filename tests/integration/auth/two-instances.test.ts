import { createTestDatabase, type TestDatabase } from '../helpers/database';
import { bearer, createClient } from '../helpers/http';
import { startInstance, type Instance } from '../helpers/instances';
import { statusesSentAfter } from '../helpers/wait';

describe('two Strapi processes on one database', () => {
  let database: TestDatabase;
  let first: Instance;
  let second: Instance;
  let adminApi: ReturnType<typeof createClient>;

  beforeAll(async () => {
    database = await createTestDatabase();
    // Polling a refused token counts as failed attempts: no throttle's 429 in place of the 401 under test.
    const noThrottle = { ACCESS_TOKENS_THROTTLE_MAX_FAILURES: '1000000' };
    first = await startInstance(database.env, noThrottle);
    second = await startInstance(database.env, noThrottle);
    const registered = await createClient(first.url).post('/admin/register-admin', {
      email: 'first@example.com',
      firstname: 'First',
      lastname: 'Admin',
      password: 'First-admin-1234',
    });
    adminApi = createClient(first.url, bearer(registered.body.data.token));
  }, 120_000);

  afterAll(async () => {
    await Promise.all([first?.stop(), second?.stop()]);
    await database?.drop();
  });

  it.each(['revoke', 'archive', 'delete'])(
    'the other instance refuses a cached token within one second of %s',
    async (action) => {
      const created = await adminApi.post('/access-tokens/tokens', {
        name: `shared ${action}`,
        accessLevel: 'read-only',
      });
      const { id, accessKey } = created.body.data;
      const onSecond = createClient(second.url, bearer(accessKey));
      expect((await onSecond.get('/api/access-tokens/me')).status).toBe(200); // now cached on the second instance

      const changed =
        action === 'delete'
          ? await adminApi.delete(`/access-tokens/tokens/${id}`)
          : await adminApi.post(`/access-tokens/tokens/${id}/${action}`);
      expect(changed.status).toBe(200);
      const changedAt = Date.now(); // after the change committed

      // Every request sent a second after the change is refused, however long a busy machine takes to answer it.
      expect(await statusesSentAfter(changedAt + 1000, () => onSecond.get('/api/access-tokens/me'))).toEqual([
        401, 401, 401,
      ]);
    }
  );
});
