/**
 * Micro-benchmark of the authenticator service, in-process (no HTTP): authentications per second on a cache hit
 * (one token over and over) and on a miss (more distinct tokens, in a cycle, than the cache holds: run.ts shrinks
 * it with ACCESS_TOKENS_CACHE_MAX_ENTRIES, so each lookup is a database query by key hash, then a cache insert).
 * Run by run.ts as a child: `node -r esbuild-register bench/micro.ts <values.json> <seconds>`, with appEnv() in its
 * environment; prints one JSON line.
 */
import { readFileSync } from 'node:fs';

import { createStrapi } from '@strapi/strapi';

import { APP_DIR } from './server';

import type createAuthenticatorService from '../server/src/services/authenticator';

type AuthenticatorService = ReturnType<typeof createAuthenticatorService>;

const CONCURRENCY = 8;
/**
 * A server returns to the event loop between requests. A loop of cache hits that never did (they resolve in
 * microtasks) would starve the revocation poll's timer, and the cache serves nothing while that poll is late.
 */
const CALLS_PER_TURN = 10;
/** Distinct tokens for the miss case: ten times the cache that run.ts configures (100). */
const MISS_TOKENS = 1_000;

const run = async (authenticate: (value: string) => Promise<boolean>, values: string[], seconds: number) => {
  let done = 0;
  let failures = 0;
  let next = 0;
  const started = process.hrtime.bigint();
  const deadline = Date.now() + seconds * 1000;
  const worker = async () => {
    while (Date.now() < deadline) {
      const value = values[next % values.length];
      next += 1;
      if (!(await authenticate(value))) failures += 1;
      done += 1;
      if (done % CALLS_PER_TURN === 0) await new Promise((resolve) => setImmediate(resolve));
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const elapsed = Number(process.hrtime.bigint() - started) / 1e9;
  return { perSecond: done / elapsed, calls: done, failures };
};

const main = async () => {
  const [valuesFile, secondsArg] = process.argv.slice(2);
  const values = JSON.parse(readFileSync(valuesFile, 'utf8')) as string[];
  const seconds = Number(secondsArg);
  const strapi = createStrapi({ appDir: APP_DIR, distDir: APP_DIR });
  await strapi.load();
  const authenticator = strapi.plugin('access-tokens').service('authenticator') as AuthenticatorService;
  const prefix = strapi.config.get('plugin::access-tokens.prefix') as string;
  const authenticate = async (value: string) =>
    (await authenticator.authenticate({ value, prefixed: value.startsWith(prefix) }, '127.0.0.1')).accepted;

  // Every token is used once first: its first use writes lastUsedAt (a synced SQLite write), later ones within a
  // minute do not, and that write is not what a cache miss costs.
  const missing = values.slice(0, MISS_TOKENS);
  for (const value of missing) await authenticate(value);
  await new Promise((done) => setTimeout(done, 2000));
  await run(authenticate, values.slice(0, 1), Math.min(1, seconds)); // warm-up
  const hit = await run(authenticate, values.slice(0, 1), seconds);
  const miss = await run(authenticate, missing, seconds);
  const cacheSize = strapi.config.get('plugin::access-tokens.cache.maxEntries') as number;
  await strapi.destroy();
  process.stdout.write(`${JSON.stringify({ hit, miss, distinctTokens: missing.length, cacheSize })}\n`);
  process.exit(0);
};

main().catch((error) => {
  process.stderr.write(`${(error as Error).stack}\n`);
  process.exit(1);
});
