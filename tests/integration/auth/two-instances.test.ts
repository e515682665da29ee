import { createTestDatabase, type TestDatabase } from '../helpers/database';
import { bearer, createClient } from '../helpers/http';
import { startInstance, type Instance } from '../helpers/instances';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `request` until it answers `status`; returns the milliseconds that took. */
const timeUntilStatus = async (request: () => Promise<{ status: number }>, status: number, limitMs: number) => {
  const started = Date.now();
  while (Date.now() - started < limitMs) {
    if ((await request()).status === status) return Date.now() - started;
    await sleep(20);
  }
  throw new Error(`still not ${status} after ${limitMs} ms`);
};

describe('two Strapi processes on one database', () => {
  let database: TestDatabase;
  let first: Instance;
  let second: Instance;
  let adminApi: ReturnType<typeof createClient>;

  beforeAll(async () => {
    database = await createTestDatabase();
    first = await startInstance(database.env);
    second = await startInstance(database.env);
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

  it.each(['revoke', 'archive', 'delete'])('the other instance refuses a cached token within one second of %s', async (action) => {
    const created = await adminApi.post('/access-tokens/tokens', { name: `shared ${action}`, accessLevel: 'read-only' });
    const { id, accessKey } = created.body.data;
    const onSecond = createClient(second.url, bearer(accessKey));
    expect((await onSecond.get('/api/access-tokens/me')).status).toBe(200); // now cached on the second instance

    const changed = action === 'delete' ? await adminApi.delete(`/access-tokens/tokens/${id}`) : await adminApi.post(`/access-tokens/tokens/${id}/${action}`);
    expect(changed.status).toBe(200);

    const elapsed = await timeUntilStatus(() => onSecond.get('/api/access-tokens/me'), 401, 3000);
    expect(elapsed).toBeLessThan(1000);
  });
});
