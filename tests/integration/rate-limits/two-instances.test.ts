import { randomBytes } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { createTestDatabase, type TestDatabase } from '../helpers/database';
import { bearer, createClient } from '../helpers/http';
import { registerFirstAdmin, startInstance, type Instance } from '../helpers/instances';
import { waitFor } from '../helpers/wait';

/** The Redis that .ci/services.sh starts; this file's counters live under their own prefix. */
const REDIS_URL = process.env.ACCESS_TOKENS_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
/** Both processes log here: a Redis failure (fail open) would explain an accepted count off the limit. */
const LOG_FILE = join(tmpdir(), `access-tokens-rate-limit-pair-${randomBytes(4).toString('hex')}.log`);
const redisWarnings = () => {
  try {
    return readFileSync(LOG_FILE, 'utf8')
      .split('\n')
      .filter((line) => line.includes('Rate limits are not enforced'));
  } catch {
    return [];
  }
};

describe('two Strapi processes sharing one Redis', () => {
  const context = {} as { database: TestDatabase; instances: Instance[]; adminApi: ReturnType<typeof createClient> };

  beforeAll(async () => {
    context.database = await createTestDatabase();
    const env = {
      ACCESS_TOKENS_REDIS_URL: REDIS_URL,
      ACCESS_TOKENS_REDIS_KEY_PREFIX: `access-tokens-test:${randomBytes(6).toString('hex')}:`,
      LOG_FILE,
      // Two cold processes on a busy CI machine can lag past the default; this test is about sharing, not timeouts.
      ACCESS_TOKENS_REDIS_COMMAND_TIMEOUT_MS: '3000',
      ACCESS_TOKENS_MANAGEMENT_BUDGET_MAX_REQUESTS: '2',
    };
    context.instances = [
      await startInstance(context.database.env, env),
      await startInstance(context.database.env, env),
    ];
    context.adminApi = await registerFirstAdmin(context.instances[0].url);
  }, 120_000);

  afterAll(async () => {
    await Promise.all((context.instances ?? []).map((instance) => instance.stop()));
    await context.database?.drop();
    rmSync(LOG_FILE, { force: true });
  });

  const createLimited = async (name: string, rateLimit: { limit: number; windowSeconds: number }) => {
    const created = await context.adminApi.post('/access-tokens/tokens', { name, accessLevel: 'read-only', rateLimit });
    expect(created.status).toBe(201);
    return created.body.data as { id: number; accessKey: string };
  };

  it('enforces one limit together: of three times the limit, split over both, the limit is accepted', async () => {
    const limit = 40;
    const { accessKey } = await createLimited('shared', { limit, windowSeconds: 300 });
    const clients = context.instances.map((instance) => createClient(instance.url, bearer(accessKey)));

    const statuses: number[] = [];
    for (let round = 0; round < (3 * limit) / 10; round += 1) {
      // Ten at once, alternating between the instances.
      const answers = await Promise.all(
        Array.from({ length: 10 }, (_, index) => clients[index % 2].get('/api/articles'))
      );
      statuses.push(...answers.map((answer) => answer.status));
    }
    const accepted = statuses.filter((status) => status === 200).length;
    expect(statuses.filter((status) => status !== 200 && status !== 429)).toEqual([]);
    expect({
      accepted,
      withinFivePercent: Math.abs(accepted - limit) <= limit * 0.05,
      redisWarnings: redisWarnings(),
    }).toEqual({
      accepted: expect.any(Number),
      withinFivePercent: true,
      redisWarnings: [],
    });
    for (const client of clients) expect((await client.get('/api/articles')).status).toBe(429);
  });

  it('shares a token’s hook-management budget too: two changes on either instance spend it on both', async () => {
    const { accessKey } = await createLimited('managing', { limit: 100, windowSeconds: 300 });
    const [first, second] = context.instances.map((instance) => createClient(instance.url, bearer(accessKey)));
    const target = { targetUrl: 'http://127.0.0.1:9/budget', event: 'entry.create' };
    const subscribed = await first.post('/api/access-tokens/hooks', target);
    expect(subscribed.status).toBe(201);
    expect((await second.delete(`/api/access-tokens/hooks/${subscribed.body.data.id}`)).status).toBe(204);

    for (const client of [first, second])
      expect((await client.post('/api/access-tokens/hooks', target)).status).toBe(429);
    expect(redisWarnings()).toEqual([]);
  });

  it('applies a limit edited on one instance on the other within a second', async () => {
    const { id, accessKey } = await createLimited('edited', { limit: 100, windowSeconds: 300 });
    const onSecond = createClient(context.instances[1].url, bearer(accessKey));
    expect((await onSecond.get('/api/articles')).status).toBe(200); // now cached on the second instance

    expect(
      (await context.adminApi.put(`/access-tokens/tokens/${id}`, { rateLimit: { limit: 1, windowSeconds: 300 } }))
        .status
    ).toBe(200);
    const started = Date.now();
    const answer = await waitFor(
      async () => {
        const answer = await onSecond.get('/api/articles');
        return answer.status === 429 && answer;
      },
      { timeoutMs: 3_000, intervalMs: 20, what: 'the new limit on the second instance' }
    );
    expect(answer.status).toBe(429);
    expect(answer.headers.get('ratelimit-policy')).toBe('"default";q=1;w=300');
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});
