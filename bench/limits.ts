/**
 * What rate limits and usage counting cost: the same request (GET /api/articles?pagination[pageSize]=1 with a
 * read-only plugin token) against three servers that run side by side on copies of one database, measured in turn
 * round after round so that drift of the machine hits them all alike, in reverse order every other round (the second
 * measurement in a row on one server runs faster, and would favour whichever scenario comes second):
 * - counters in memory, usage counted (the defaults): an unlimited token and a rate-limited one;
 * - usage counting off: the unlimited token;
 * - counters in Redis: the unlimited token and the rate-limited one.
 */
import { copyFileSync } from 'node:fs';

import { measure, summarize, type Measurement, type Summary } from './load';
import { startServer, type RunningServer } from './server';

import type { Seeded } from './seed';

export const LIMIT_SCENARIOS = [
  'memory, unlimited',
  'memory, rate-limited',
  'usage off, unlimited',
  'redis, unlimited',
  'redis, rate-limited',
] as const;
export type LimitScenario = (typeof LIMIT_SCENARIOS)[number];

interface LimitsOptions {
  database: string;
  seeded: Seeded;
  path: string;
  seconds: number;
  rounds: number;
  connections: number;
  redisUrl: string;
}

const SERVERS = {
  memory: {},
  'usage off': { ACCESS_TOKENS_USAGE_ENABLED: 'false' },
  redis: { ACCESS_TOKENS_REDIS_KEY_PREFIX: `bench-${process.pid}:` },
} as const;

export const limits = async ({
  database,
  seeded,
  path,
  seconds,
  rounds,
  connections,
  redisUrl,
}: LimitsOptions): Promise<Record<LimitScenario, Summary>> => {
  const servers: Partial<Record<keyof typeof SERVERS, RunningServer>> = {};
  try {
    for (const [name, env] of Object.entries(SERVERS) as [keyof typeof SERVERS, Record<string, string>][]) {
      const copy = database.replace(/\.db$/, `-${name.replace(/\W+/g, '-')}.db`);
      copyFileSync(database, copy);
      servers[name] = await startServer({
        database: copy,
        cache: true,
        label: `limits-${name.replace(/\W+/g, '-')}`,
        env: name === 'redis' ? { ...env, ACCESS_TOKENS_REDIS_URL: redisUrl } : env,
      });
    }
    const scenario = (key: LimitScenario) => {
      const [server, kind] = key.split(', ') as [keyof typeof SERVERS, string];
      return {
        url: (servers[server] as RunningServer).url,
        tokens: [kind === 'rate-limited' ? seeded.limited : seeded.readOnly[0]],
      };
    };
    for (const key of LIMIT_SCENARIOS)
      await measure({ ...scenario(key), path, seconds: Math.min(3, seconds), connections });
    const measured: Partial<Record<LimitScenario, Measurement[]>> = {};
    for (let round = 1; round <= rounds; round += 1) {
      for (const key of round % 2 ? LIMIT_SCENARIOS : [...LIMIT_SCENARIOS].reverse()) {
        const result = await measure({ ...scenario(key), path, seconds, connections });
        (measured[key] ??= []).push(result);
        process.stdout.write(
          `[bench] limits round ${round} ${key}: ${result.rps.toFixed(0)} req/s, p99 ${result.p99} ms, ${result.failures} failed\n`
        );
      }
    }
    return Object.fromEntries(LIMIT_SCENARIOS.map((key) => [key, summarize(measured[key] ?? [])])) as Record<
      LimitScenario,
      Summary
    >;
  } finally {
    await Promise.all(Object.values(servers).map((server) => server?.stop()));
  }
};
