import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';

import type { createClient } from '../helpers/http';
import { useApp } from '../helpers/setup';
import { createTokenClient } from '../helpers/tokens';
import { waitFor } from '../helpers/wait';
import { closedPort, startRedisServer, type RedisServer } from './redis-server';

const WARNING = 'Rate limits are not enforced';

const logFile = () => join(tmpdir(), `access-tokens-rate-limit-${randomBytes(4).toString('hex')}.log`);
const warningsIn = (file: string) => {
  try {
    return readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => line.includes(WARNING));
  } catch {
    return [];
  }
};

/** Sends `count` requests one after the other; returns their statuses, RateLimit fields and the slowest time. */
const burst = async (api: ReturnType<typeof createClient>, count: number) => {
  const answers: { status: number; rateLimit: string | null }[] = [];
  let slowestMs = 0;
  for (let request = 0; request < count; request += 1) {
    const started = Date.now();
    const answer = await api.get('/api/articles');
    slowestMs = Math.max(slowestMs, Date.now() - started);
    answers.push({ status: answer.status, rateLimit: answer.headers.get('ratelimit') });
  }
  return { answers, slowestMs };
};

describe('a Redis that cannot be reached from the start', () => {
  const env: Record<string, string> = { LOG_FILE: logFile(), ACCESS_TOKENS_MANAGEMENT_BUDGET_MAX_REQUESTS: '2' };
  beforeAll(async () => {
    env.ACCESS_TOKENS_REDIS_URL = `redis://127.0.0.1:${await closedPort()}`;
  });
  const suite = useApp(env);
  afterAll(() => rmSync(env.LOG_FILE, { force: true }));

  it('never fails a request: the limit is not applied, and one warning is logged, not one per request', async () => {
    const { value, api } = await createTokenClient(suite, {
      name: 'limited',
      accessLevel: 'read-only',
      rateLimit: { limit: 2, windowSeconds: 60 },
    });
    const { answers, slowestMs } = await burst(api, 20);
    expect(answers.map((answer) => answer.status)).toEqual(Array(20).fill(200));
    expect(answers.every((answer) => answer.rateLimit === null)).toBe(true);
    expect(slowestMs).toBeLessThan(500);

    await waitFor(() => warningsIn(env.LOG_FILE).length > 0, { what: 'the warning logged' });
    expect(warningsIn(env.LOG_FILE)).toHaveLength(1);
    expect(warningsIn(env.LOG_FILE)[0]).not.toContain(value);
  });

  it('still holds a token to its budget of hook changes, counted in this instance’s memory', async () => {
    const { api } = await createTokenClient(suite, { name: 'managing', accessLevel: 'read-only' });
    const statuses = [];
    for (let call = 0; call < 3; call += 1) statuses.push((await api.delete('/api/access-tokens/hooks/999999')).status);
    expect(statuses).toEqual([404, 404, 429]);
  });
});

describe('a Redis that goes away while in use', () => {
  const env: Record<string, string> = { LOG_FILE: logFile() };
  let redis: RedisServer;
  let port: number;
  beforeAll(async () => {
    port = await closedPort();
    redis = await startRedisServer(port);
    env.ACCESS_TOKENS_REDIS_URL = redis.url;
  });
  afterAll(async () => {
    await redis?.kill();
    rmSync(env.LOG_FILE, { force: true });
  });
  const suite = useApp(env);

  it('limits through Redis, fails open at once when it dies or hangs, and limits again when it is back', async () => {
    const { api } = await createTokenClient(suite, {
      name: 'limited',
      accessLevel: 'read-only',
      rateLimit: { limit: 3, windowSeconds: 60 },
    });
    // The client connects in the background at start-up.
    await waitFor(async () => (await api.get('/api/access-tokens/me')).headers.get('ratelimit') !== null, {
      what: 'RateLimit headers back',
    });
    const limited = await burst(api, 4);
    expect(limited.answers.map((answer) => answer.status)).toContain(429);

    await redis.kill();
    const dead = await burst(api, 10);
    expect(dead.answers.map((answer) => answer.status)).toEqual(Array(10).fill(200));
    expect(dead.slowestMs).toBeLessThan(500);

    redis = await startRedisServer(port);
    await waitFor(async () => (await api.get('/api/articles')).headers.get('ratelimit') !== null, {
      what: 'RateLimit headers back',
    });

    // Hung (SIGSTOP): each request waits at most the command timeout, then is served without a limit.
    redis.process.kill('SIGSTOP');
    try {
      const hung = await burst(api, 3);
      expect(hung.answers.map((answer) => answer.status)).toEqual([200, 200, 200]);
      expect(hung.slowestMs).toBeLessThan(1_000);
    } finally {
      redis.process.kill('SIGCONT');
    }

    await waitFor(() => warningsIn(env.LOG_FILE).length > 0, { what: 'the warning logged' });
    expect(warningsIn(env.LOG_FILE)).toHaveLength(1);
  });
});
