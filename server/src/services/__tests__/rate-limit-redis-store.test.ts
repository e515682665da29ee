import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:net';

import { createRedisRateLimitStore, type RedisRateLimitStore } from '../rate-limit-redis-store';

/** The Redis that .ci/services.sh starts; each test run uses its own key prefix. */
const REDIS_URL = process.env.ACCESS_TOKENS_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

const until = async (condition: () => boolean, limitMs = 5_000) => {
  const deadline = Date.now() + limitMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
};

describe('createRedisRateLimitStore', () => {
  const errors: Error[] = [];
  let store: RedisRateLimitStore;

  beforeAll(async () => {
    store = createRedisRateLimitStore({
      url: REDIS_URL,
      keyPrefix: `access-tokens-test:${randomBytes(4).toString('hex')}:`,
      connectTimeoutMs: 500,
      commandTimeoutMs: 500,
      onError: (error) => errors.push(error),
    });
    await until(() => store.ready);
  });
  afterAll(() => store.close());

  it('counts hits atomically in a window that starts at the first hit, with its time to reset', async () => {
    const hits = await Promise.all(Array.from({ length: 50 }, () => store.hit('token:1', 60_000)));
    expect(hits.map((hit) => hit.count).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 50 }, (_, index) => index + 1)
    );
    for (const hit of hits) {
      expect(hit.resetMs).toBeGreaterThan(55_000);
      expect(hit.resetMs).toBeLessThanOrEqual(60_000);
    }
    expect((await store.hit('token:2', 60_000)).count).toBe(1);
    expect(errors).toEqual([]);
  });

  it('counts a weighed hit as that many requests, in the same window', async () => {
    expect((await store.hit('token:weighed', 60_000)).count).toBe(1);
    const weighed = await store.hit('token:weighed', 60_000, 200);
    expect(weighed.count).toBe(201);
    expect(weighed.resetMs).toBeGreaterThan(55_000);
  });

  it('starts a new window when the key expires', async () => {
    await store.hit('token:short', 50);
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect((await store.hit('token:short', 50)).count).toBe(1);
  });
});

describe('createRedisRateLimitStore without a server', () => {
  let port: number;

  beforeAll(async () => {
    // A port that was free a moment ago, closed again: nothing listens there.
    const server: Server = createServer();
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    port = (server.address() as { port: number }).port;
    await new Promise((done) => server.close(done));
  });

  it('rejects at once and reports the connection error, never queueing a command', async () => {
    const errors: Error[] = [];
    const store = createRedisRateLimitStore({
      url: `redis://127.0.0.1:${port}`,
      keyPrefix: 'unused:',
      connectTimeoutMs: 200,
      commandTimeoutMs: 200,
      onError: (error) => errors.push(error),
    });
    try {
      const started = Date.now();
      await expect(store.hit('token:1', 60_000)).rejects.toThrow();
      expect(Date.now() - started).toBeLessThan(50);
      await until(() => errors.length > 0);
      expect(store.ready).toBe(false);
    } finally {
      await store.close();
    }
  });
});
