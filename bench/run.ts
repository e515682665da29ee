/**
 * `npm run bench` (full) and `npm run bench:smoke` (a few seconds per phase, for CI). Builds the plugin, starts
 * tests/app with `strapi start` on loopback and a fresh SQLite file, seeds it, drives it with autocannon and writes
 * bench/results.json and docs/benchmarks.md (smoke: bench/.work/smoke-results.json only).
 * Options: --smoke, --skip-build, --report (only rewrite docs/benchmarks.md from bench/results.json).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';

import { insertTokens } from './bulk';
import { credentialScenarios, measureInTurn, PATHS } from './compare';
import { hooks } from './hooks';
import { limits } from './limits';
import { permissionScenarios } from './permissions';
import type { Summary } from './load';
import { mcp } from './mcp';
import { printTable, writeMarkdown } from './report';
import type { Results } from './results';
import { scale } from './scale';
import { seed, type Seeded } from './seed';
import { ROOT, SECRET, WORK_DIR, appEnv, startServer } from './server';

const smoke = process.argv.includes('--smoke');
const profile = smoke
  ? {
      seconds: 1,
      rounds: 1,
      scaleRounds: 1,
      connections: 10,
      articles: 5,
      tokens: 10,
      bulkTokens: 1_000,
      microSeconds: 0.5,
      hooks: { rate: 5, seconds: 1, rounds: 1, subscriptions: 10, drain: 200 },
    }
  : {
      seconds: 10,
      rounds: 5,
      scaleRounds: 2,
      connections: 10,
      articles: 30,
      tokens: 10,
      bulkTokens: 100_000,
      microSeconds: 5,
      hooks: { rate: 10, seconds: 10, rounds: 2, subscriptions: 100, drain: 10_000 },
    };

const log = (message: string) => process.stdout.write(`[bench] ${message}\n`);

const micro = (database: string, valuesFile: string) => {
  const child = spawnSync(
    process.execPath,
    ['-r', 'esbuild-register', join(__dirname, 'micro.ts'), valuesFile, String(profile.microSeconds)],
    {
      cwd: ROOT,
      env: { ...process.env, ...appEnv(database, true), ACCESS_TOKENS_CACHE_MAX_ENTRIES: '100' },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    }
  );
  const line = child.stdout.trim().split('\n').pop() ?? '';
  if (child.status !== 0 || !line.startsWith('{'))
    throw new Error(`micro-benchmark failed: ${child.stderr.slice(-2000)}`);
  return JSON.parse(line) as Results['micro'];
};

const strapiVersion = () =>
  (JSON.parse(readFileSync(join(ROOT, 'node_modules/@strapi/strapi/package.json'), 'utf8')) as { version: string })
    .version;
const commit = () => {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'server', 'admin', 'shared'], {
      cwd: ROOT,
      encoding: 'utf8',
    }).trim();
    return dirty ? `${head} (with uncommitted changes)` : head;
  } catch {
    return 'unknown';
  }
};

const main = async () => {
  const startedAt = new Date().toISOString();
  const loadBefore = loadavg();
  if (!process.argv.includes('--skip-build')) {
    log('building the plugin (npm run build)');
    execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  rmSync(WORK_DIR, { recursive: true, force: true });
  mkdirSync(WORK_DIR, { recursive: true });
  mkdirSync(join(ROOT, 'tests/app/public/uploads'), { recursive: true });
  const small = join(WORK_DIR, 'few-tokens.db');
  const large = join(WORK_DIR, 'many-tokens.db');
  const hooksDb = join(WORK_DIR, 'hooks.db');

  log('seeding and comparing public / auth-free / built-in / plugin');
  const server = await startServer({ database: small, cache: true, label: 'compare' });
  let seeded: Seeded;
  let scenarios: Record<string, Summary>;
  let permissionResults: Record<string, Summary>;
  try {
    seeded = await seed(server.url, { articles: profile.articles, readOnlyTokens: profile.tokens - 1 });
    writeFileSync(join(WORK_DIR, 'seeded.json'), JSON.stringify(seeded)); // for poking at the app by hand
    scenarios = await measureInTurn(server, credentialScenarios(seeded), profile, log);
    log('custom permissions: custom and read-only tokens');
    permissionResults = await measureInTurn(server, permissionScenarios(seeded), profile, log);
  } finally {
    await server.stop();
  }
  log('MCP: tools/call list_article against REST, and tools/list of a token that reaches 40 content types');
  const mcpResults = await mcp(small, seeded, profile);
  log('rate limits (memory and Redis) and usage counting');
  const limitResults = await limits({
    database: small,
    seeded,
    path: PATHS.pageSize1,
    seconds: profile.seconds,
    rounds: profile.rounds,
    connections: profile.connections,
    redisUrl: process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379',
  });
  copyFileSync(small, hooksDb);
  copyFileSync(small, large);
  log(`inserting ${profile.bulkTokens - profile.tokens} tokens`);
  const values = insertTokens(large, SECRET, profile.bulkTokens - profile.tokens, 1_000);
  const valuesFile = join(WORK_DIR, 'token-values.json');
  writeFileSync(valuesFile, JSON.stringify(values));

  log('scale: few and many tokens, cache on and off');
  const scaled = await scale(seeded, small, large, profile, log);
  log('micro-benchmark of the authenticator');
  const microResult = micro(large, valuesFile);
  log('hooks');
  const hookResult = await hooks(hooksDb, seeded, profile.hooks);

  const results: Results = {
    profile: smoke ? 'smoke' : 'full',
    command: smoke ? 'npm run bench:smoke' : 'npm run bench',
    startedAt,
    finishedAt: new Date().toISOString(),
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? 'unknown',
      memoryGiB: Math.round(totalmem() / 2 ** 30),
      node: process.version,
      strapi: strapiVersion(),
      plugin: commit(),
      loadBefore,
      loadAfter: loadavg(),
    },
    settings: { ...profile, tokensLarge: profile.bulkTokens },
    scenarios,
    permissions: permissionResults,
    scale: scaled,
    limits: limitResults,
    micro: microResult,
    hooks: hookResult,
    mcp: mcpResults,
  };
  printTable(results);
  const failures = [
    ...Object.values(scenarios),
    ...Object.values(permissionResults),
    ...Object.values(scaled),
    ...Object.values(limitResults),
    results.hooks?.without,
    results.hooks?.with,
    mcpResults.rest,
    mcpResults.toolsCall,
    mcpResults.toolsList,
  ].reduce((sum, s) => sum + (s?.failures ?? 0), 0);
  if (smoke) {
    writeFileSync(join(WORK_DIR, 'smoke-results.json'), `${JSON.stringify(results, null, 2)}\n`);
  } else {
    writeFileSync(join(__dirname, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
    writeMarkdown(results, join(ROOT, 'docs/benchmarks.md'));
  }
  if (failures > 0) {
    log(`${failures} requests failed (non-2xx, errors or timeouts): see bench/.work/*.log`);
    process.exitCode = 1;
  }
};

/** `--report`: rewrites docs/benchmarks.md from bench/results.json (after editing bench/analysis.md), no new run. */
const report = () => {
  const results = JSON.parse(readFileSync(join(__dirname, 'results.json'), 'utf8')) as Results;
  printTable(results);
  writeMarkdown(results, join(ROOT, 'docs/benchmarks.md'));
};

(process.argv.includes('--report') ? Promise.resolve().then(report) : main()).catch((error) => {
  process.stderr.write(`${(error as Error).stack}\n`);
  process.exit(1);
});
