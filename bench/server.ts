import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';

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
  stop(): Promise<void>;
}

const freePort = () =>
  new Promise<number>((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? done(address.port) : fail(new Error('no port'))));
    });
  });

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

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
  const port = await freePort();
  const log = createWriteStream(join(WORK_DIR, `${label}.log`));
  const child: ChildProcess = spawn(
    process.execPath,
    [join(ROOT, 'node_modules/@strapi/strapi/bin/strapi.js'), 'start'],
    {
      cwd: APP_DIR,
      env: { ...process.env, ...appEnv(database, cache), PORT: String(port), ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    }
  );
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  let exited = false;
  const exit = new Promise<void>((done) => child.once('exit', () => ((exited = true), done())));

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (exited) throw new Error(`Strapi exited during start-up; see bench/.work/${label}.log`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`Strapi did not answer within 120 s; see bench/.work/${label}.log`);
    }
    try {
      const response = await fetch(`${url}/_health`);
      if (response.status < 500) break;
    } catch {
      // not listening yet
    }
    await sleep(250);
  }

  return {
    url,
    async stop() {
      if (exited) return;
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exit;
      clearTimeout(killer);
    },
  };
};
