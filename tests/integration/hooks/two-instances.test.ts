import { createTestDatabase, type TestDatabase } from '../helpers/database';
import { bearer, createClient } from '../helpers/http';
import { startInstance, type Instance } from '../helpers/instances';
import { untilPassed, waitFor } from '../helpers/wait';
import { startReceiver, type Receiver } from './receiver';

/** Fast polling; a 3 s timeout makes a killed instance's claims expire after 8 s. */
const TIMEOUT_MS = 3000;
const ENV = {
  ACCESS_TOKENS_HOOKS_POLL_INTERVAL_MS: '50',
  ACCESS_TOKENS_HOOKS_CONCURRENCY: '8',
  ACCESS_TOKENS_HOOKS_TIMEOUT_MS: String(TIMEOUT_MS),
};

describe('REST hook deliveries from several Strapi processes on one database', () => {
  let database: TestDatabase;
  const instances: Instance[] = [];
  let receiver: Receiver;
  let adminApi: ReturnType<typeof createClient>;
  let adminJwt: string;
  let tokenValue: string;

  const start = async () => {
    const instance = await startInstance(database.env, ENV);
    instances.push(instance);
    return instance;
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    receiver = await startReceiver();
    await start();
    await start();
    const registered = await createClient(instances[0].url).post('/admin/register-admin', {
      email: 'hooks@example.com',
      firstname: 'Hooks',
      lastname: 'Admin',
      password: 'Hooks-admin-1234',
    });
    adminJwt = registered.body.data.token;
    adminApi = createClient(instances[0].url, bearer(adminJwt));
    tokenValue = (await adminApi.post('/access-tokens/tokens', { name: 'burst', accessLevel: 'read-write' })).body.data
      .accessKey;
  }, 180_000);

  afterAll(async () => {
    await Promise.all(instances.map((instance) => instance.stop()));
    await receiver?.close();
    await database?.drop();
  });

  const subscribe = async (path: string, reply: () => { status: number; delayMs?: number }) => {
    const created = await createClient(instances[0].url, bearer(tokenValue)).post('/api/access-tokens/hooks', {
      targetUrl: receiver.url(path),
      event: 'entry.create',
      contentType: 'api::category.category',
    });
    expect(created.status).toBe(201);
    receiver.expect(path, created.body.data.secret, reply);
    return created.body.data.id as number;
  };

  const ids = (path: string) => receiver.at(path).map((request) => String(request.headers['webhook-id']));
  const count = async (query: string) =>
    (await adminApi.get(`/access-tokens/deliveries?pageSize=1&${query}`)).body.meta.pagination.total as number;

  it('sends each delivery exactly once while two instances race for the same due deliveries', async () => {
    // Every first attempt is answered 503 with the same Retry-After date, so all retries fall due at the
    // same instant and both instances try to claim the same rows together.
    const dueAt = new Date(Math.ceil((Date.now() + 9000) / 1000) * 1000);
    const firstSeen = new Set<string>();
    const path = '/shared';
    const subscriptionId = await subscribe(path, () => ({ status: 200 }));
    receiver.expect(path, receiver.secretOf(path) as string, () => {
      const latest = receiver.at(path).at(-1);
      const id = String(latest?.headers['webhook-id']);
      if (firstSeen.has(id)) return { status: 200, delayMs: 10 };
      firstSeen.add(id);
      return { status: 503, headers: { 'Retry-After': dueAt.toUTCString() } };
    });
    const burst = 40;
    await Promise.all(
      Array.from({ length: burst }, (_, i) =>
        createClient(instances[i % 2].url, bearer(tokenValue)).post('/api/categories', {
          data: { name: `shared ${i}` },
        })
      )
    );
    await receiver.waitFor(() => receiver.at(path).length >= 2 * burst, 30_000);
    await waitFor(async () => (await count(`subscriptionId=${subscriptionId}&status=succeeded`)) === burst, {
      timeoutMs: 30_000,
      what: 'every delivery succeeded',
    });
    // Nothing is due any more; an attempt claimed twice before that would still end within its timeout.
    await untilPassed(Date.now() + TIMEOUT_MS);
    const perId = new Map<string, number>();
    for (const id of ids(path)) perId.set(id, (perId.get(id) ?? 0) + 1);
    expect(perId.size).toBe(burst);
    expect([...perId.values()].every((n) => n === 2)).toBe(true);
    expect(receiver.at(path).every((request) => request.verified)).toBe(true);
    expect(await count(`subscriptionId=${subscriptionId}&status=succeeded`)).toBe(burst);
  }, 120_000);

  it('loses nothing when an instance is killed (kill -9) in the middle of a burst', async () => {
    await instances[1].stop();
    const subscriptionId = await subscribe('/durable', () => ({ status: 200, delayMs: 2000 }));
    const queued = () => count(`subscriptionId=${subscriptionId}`);
    const burst = 20;
    const writer = createClient(instances[0].url, bearer(tokenValue));
    for (let i = 0; i < burst; i += 1) await writer.post('/api/categories', { data: { name: `durable ${i}` } });
    await waitFor(async () => (await queued()) >= burst, { timeoutMs: 30_000, what: 'the burst queued' });
    expect(await queued()).toBe(burst);
    await receiver.waitFor(() => receiver.at('/durable').length >= 3, 30_000);

    const [killed] = instances.splice(0, 1);
    const exited = new Promise((done) => killed.process.once('exit', done));
    killed.process.kill('SIGKILL');
    await exited;
    expect(new Set(ids('/durable')).size).toBeLessThan(burst);

    const restarted = await start();
    adminApi = createClient(restarted.url, bearer(adminJwt));
    await receiver.waitFor(() => new Set(ids('/durable')).size === burst, 40_000);
    expect(receiver.at('/durable').every((request) => request.verified)).toBe(true);
    await waitFor(async () => (await count(`subscriptionId=${subscriptionId}&status=succeeded`)) === burst, {
      timeoutMs: 30_000,
      what: 'every delivery marked succeeded',
    });
  }, 240_000);
});
