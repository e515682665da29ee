import { createTestDatabase, type TestDatabase } from '../helpers/database';
import { bearer, createClient } from '../helpers/http';
import { startInstance, type Instance } from '../helpers/instances';
import { eventually, today } from './helpers';

const REQUESTS_EACH = 30;

describe('token usage with two Strapi processes on one database', () => {
  let database: TestDatabase;
  let first: Instance;
  let second: Instance;
  let adminApi: ReturnType<typeof createClient>;

  beforeAll(async () => {
    database = await createTestDatabase();
    // The first writes every 100 ms, while the requests run; the second only when it shuts down.
    first = await startInstance(database.env, { ACCESS_TOKENS_USAGE_FLUSH_INTERVAL_MS: '100' });
    second = await startInstance(database.env, { ACCESS_TOKENS_USAGE_FLUSH_INTERVAL_MS: '3600000' });
    const registered = await createClient(first.url).post('/admin/register-admin', {
      email: 'usage@example.com',
      firstname: 'Usage',
      lastname: 'Admin',
      password: 'Usage-admin-1234',
    });
    adminApi = createClient(first.url, bearer(registered.body.data.token));
  }, 120_000);

  afterAll(async () => {
    await Promise.all([first?.stop(), second?.stop()]);
    await database?.drop();
  });

  it('adds up what both counted, including what the stopped one wrote on shutdown', async () => {
    const created = await adminApi.post('/access-tokens/tokens', { name: 'shared', accessLevel: 'read-only' });
    const { id, accessKey } = created.body.data;
    const call = (instance: Instance) => createClient(instance.url, bearer(accessKey)).get('/api/articles');
    await Promise.all(
      [first, second].map(async (instance) => {
        for (let i = 0; i < REQUESTS_EACH; i += 1) expect((await call(instance)).status).toBe(200);
      })
    );
    await second.stop();

    await eventually(async () => {
      const usage = await adminApi.get(`/access-tokens/tokens/${id}/usage?days=1`);
      expect(usage.body.data.days).toEqual([expect.objectContaining({ date: today(), success: 2 * REQUESTS_EACH })]);
      const listed = await adminApi.get('/access-tokens/tokens');
      expect(listed.body.data.find((token: { id: number }) => token.id === id).requests24h).toBe(2 * REQUESTS_EACH);
    });
  });
});
