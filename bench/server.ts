import { join, resolve } from 'node:path';

import { freePort } from '../scripts/lib/processes';
import { startStrapi } from '../scripts/lib/start-strapi';

export const ROOT = resolve(__dirname, '..');
export const APP_DIR = join(ROOT, 'tests/app');
export const WORK_DIR = join(ROOT, 'bench/.work');
export const SECRET = 'bench-access-tokens-secret-0123456789abcdef';

export interface ServerOptions {
  database: string;
  cache: boolean;
  /** Written to bench/.work/<label>.log */
  label: string;
  env?: Record<string, string>;
}

export interface RunningServer {
  url: string;
  /** Of the Node process that serves: its CPU time is in /proc/<pid>/stat. */
  pid: number;
  stop(): Promise<void>;
}

/** Environment of tests/app for a benchmark run: production, loopback, no admin panel, quiet logs. */
export const appEnv = (database: string, cache: boolean): Record<string, string> => ({
  NODE_ENV: 'production',
  STRAPI_TELEMETRY_DISABLED: 'true',
  HOST: '127.0.0.1',
  LOG_LEVEL: 'warn',
  STARTUP_MESSAGE: 'false',
  SERVE_ADMIN: 'false',
  DATABASE_CLIENT: 'sqlite',
  DATABASE_FILENAME: database,
  ACCESS_TOKENS_SECRET: SECRET,
  ACCESS_TOKENS_CACHE_ENABLED: String(cache),
  // Production-like hook worker: the plugin's default poll interval (new deliveries wake it anyway).
  ACCESS_TOKENS_HOOKS_POLL_INTERVAL_MS: '1000',
});

/** `strapi start` in tests/app (no build step: a JavaScript app; the plugin comes from the built dist/). */
export const startServer = async ({ database, cache, label, env = {} }: ServerOptions): Promise<RunningServer> => {
  const server = await startStrapi({
    args: [join(ROOT, 'node_modules/@strapi/strapi/bin/strapi.js'), 'start'],
    cwd: APP_DIR,
    env: { ...process.env, ...appEnv(database, cache), ...env },
    port: await freePort(),
    logFile: join(WORK_DIR, `${label}.log`),
    timeoutMs: 120_000,
    label: `Strapi (${label})`,
  });
  return { url: server.url, pid: server.pid, stop: () => server.stop(15_000) };
};
