import { randomBytes } from 'node:crypto';

import { createTestDatabase, type TestDatabase } from '../helpers/database';
import { bearer, createClient } from '../helpers/http';
import { registerFirstAdmin, startInstance, type Instance } from '../helpers/instances';

/** The Redis that .ci/services.sh starts. */
const REDIS_URL = process.env.ACCESS_TOKENS_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/**
 * Two deployments (each its own database, the same plugin secret) that share one Redis and, by mistake, one key
 * prefix: each has a token with id 1, and neither may spend the other's window.
 */
describe('two deployments sharing one Redis and one key prefix', () => {
  const context = { databases: [] as TestDatabase[], instances: [] as Instance[] };

  beforeAll(async () => {
    const env = {
      ACCESS_TOKENS_REDIS_URL: REDIS_URL,
      ACCESS_TOKENS_REDIS_KEY_PREFIX: `access-tokens-test:${randomBytes(6).toString('hex')}:`,
      ACCESS_TOKENS_REDIS_COMMAND_TIMEOUT_MS: '3000',
    };
    for (let deployment = 0; deployment < 2; deployment += 1) {
      const database = await createTestDatabase();
      context.databases.push(database);
      context.instances.push(await startInstance(database.env, env));
    }
  }, 120_000);

  afterAll(async () => {
    await Promise.all(context.instances.map((instance) => instance.stop()));
    await Promise.all(context.databases.map((database) => database.drop()));
  });

  it('keeps their counters apart although both tokens have id 1', async () => {
    const clients = [];
    for (const instance of context.instances) {
      const adminApi = await registerFirstAdmin(instance.url);
      const created = await adminApi.post('/access-tokens/tokens', {
        name: 'first token',
        accessLevel: 'read-only',
        rateLimit: { limit: 2, windowSeconds: 300 },
      });
      expect(created.status).toBe(201);
      expect(created.body.data.id).toBe(1);
      clients.push(createClient(instance.url, bearer(created.body.data.accessKey)));
    }
    const [first, second] = clients;

    const spent = [];
    for (let request = 0; request < 3; request += 1) spent.push((await first.get('/api/articles')).status);
    expect(spent).toEqual([200, 200, 429]);

    const fresh = await second.get('/api/articles');
    expect(fresh.status).toBe(200);
    expect(fresh.headers.get('ratelimit')).toMatch(/^"default";r=1;t=\d+$/);
  });
});
