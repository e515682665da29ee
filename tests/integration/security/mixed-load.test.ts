import { createTestDatabase, selectedClient, type TestDatabase } from '../helpers/database';
import { bearer, createClient } from '../helpers/http';
import { startInstance, type Instance } from '../helpers/instances';
import { statusesSentAfter, untilPassed, waitFor } from '../helpers/wait';
import { sleep, startReceiver, type Receiver } from '../hooks/receiver';

const READS = 400;
const WRITES = 40;
const HOOK_TIMEOUT_MS = 2000;

// Several Strapi processes writing one SQLite file is not a deployment anyone runs (writers wait on its file lock):
// this runs on PostgreSQL and MariaDB, as .ci/run does.
const describeOnServer = selectedClient() === 'sqlite' ? describe.skip : describe;

describeOnServer('two instances under mixed load', () => {
  let database: TestDatabase;
  let instances: Instance[];
  let receiver: Receiver;
  let admin: ReturnType<typeof createClient>;

  beforeAll(async () => {
    database = await createTestDatabase();
    receiver = await startReceiver();
    const env = { ACCESS_TOKENS_HOOKS_TIMEOUT_MS: String(HOOK_TIMEOUT_MS) };
    instances = [await startInstance(database.env, env), await startInstance(database.env, env)];
    const registered = await createClient(instances[0].url).post('/admin/register-admin', {
      email: 'load@example.com',
      firstname: 'Load',
      lastname: 'Test',
      password: 'Load-test-1234',
    });
    admin = createClient(instances[0].url, bearer(registered.body.data.token));
  }, 120_000);

  afterAll(async () => {
    await Promise.all((instances ?? []).map((instance) => instance.stop()));
    await receiver?.close();
    await database?.drop();
  });

  it('serves reads, writes that fire hooks and revocations with no 5xx, each delivery once', async () => {
    const token = async (name: string) =>
      (await admin.post('/access-tokens/tokens', { name, accessLevel: 'read-write' })).body.data.accessKey as string;
    const writer = await token('writer');
    const readers = await Promise.all(['reader a', 'reader b', 'reader c'].map(token));
    const doomed = await token('doomed');

    const hook = await createClient(instances[1].url, bearer(writer)).post('/api/access-tokens/hooks', {
      targetUrl: receiver.url('/load'),
      event: 'entry.create',
      contentType: 'api::article.article',
    });
    receiver.expect('/load', hook.body.data.secret);

    const statuses: number[] = [];
    const on = (index: number, value: string) => createClient(instances[index % 2].url, bearer(value));
    const reads = Array.from({ length: READS }, async (_, index) => {
      await sleep(index * 5);
      statuses.push(
        (await on(index, readers[index % readers.length]).get('/api/articles?pagination[pageSize]=5')).status
      );
    });
    const writes = Array.from({ length: WRITES }, async (_, index) => {
      await sleep(index * 40);
      statuses.push((await on(index, writer).post('/api/articles', { data: { title: `load ${index}` } })).status);
    });
    const revocation = (async () => {
      for (const index of [0, 1]) expect((await on(index, doomed).get('/api/access-tokens/me')).status).toBe(200);
      await waitFor(() => statuses.length >= 40, { timeoutMs: 30_000, what: 'the load under way' });
      const { body } = await admin.get('/access-tokens/tokens?search=doomed');
      await admin.post(`/access-tokens/tokens/${body.data[0].id}/revoke`);
      const revokedAt = Date.now(); // after the revocation committed
      // What requests sent a second after the revocation answered, however long a loaded machine takes to answer.
      return Promise.all(
        [0, 1].map((index) => statusesSentAfter(revokedAt + 1000, () => on(index, doomed).get('/api/access-tokens/me')))
      );
    })();

    const [refusedLate] = await Promise.all([revocation, ...reads, ...writes]);
    await receiver.waitFor(() => receiver.at('/load').length >= WRITES, 30_000);
    const succeeded = async () =>
      (await admin.get('/access-tokens/deliveries?pageSize=1&status=succeeded')).body.meta.pagination.total;
    await waitFor(async () => (await succeeded()) >= WRITES, { timeoutMs: 30_000, what: 'every delivery succeeded' });
    // Nothing is due any more; an attempt claimed twice before that would still end within its timeout.
    await untilPassed(Date.now() + HOOK_TIMEOUT_MS);

    const deliveries = receiver.at('/load');
    const webhookIds = new Set(deliveries.map((request) => String(request.headers['webhook-id'])));
    console.info(
      `mixed load: ${READS} reads and ${WRITES} writes over 2 instances, statuses ${JSON.stringify(countBy(statuses))}; ` +
        `revoked token, a second later: ${JSON.stringify(refusedLate)}; ${deliveries.length} deliveries, ${webhookIds.size} distinct`
    );
    expect(statuses.filter((status) => status >= 500)).toEqual([]);
    expect(statuses.filter((status) => status !== 200 && status !== 201)).toEqual([]);
    // 401, or 429 once the throttle counts the refusals: never served.
    expect(refusedLate.flat().filter((status) => status !== 401 && status !== 429)).toEqual([]);
    expect(deliveries.every((request) => request.verified)).toBe(true);
    expect(webhookIds.size).toBe(WRITES);
    expect(deliveries).toHaveLength(WRITES);
  }, 120_000);
});

const countBy = (values: number[]) =>
  values.reduce<Record<number, number>>((counts, value) => ({ ...counts, [value]: (counts[value] ?? 0) + 1 }), {});
