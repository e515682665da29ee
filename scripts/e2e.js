#!/usr/bin/env node
/**
 * `npm run test:e2e`: builds the plugin and the admin of tests/app, starts tests/app (`strapi start`) on a free
 * loopback port with a fresh SQLite file, runs the browser tests in tests/e2e/ against it (`node --test`), and always
 * stops the server. Prints a final `N passed, N failed` line; exits non-zero on any failure or on timeout.
 *
 * E2E_SKIP_BUILD=1 reuses the existing builds; E2E_TIMEOUT_MS bounds the whole run (default 15 minutes).
 */
const { spawn } = require('node:child_process');
const { createWriteStream, mkdirSync, mkdtempSync, readFileSync, rmSync } = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const appDir = path.join(root, 'tests', 'app');
const e2eDir = path.join(root, 'tests', 'e2e');
const artifactsDir = path.join(e2eDir, 'screenshots');
const strapiBin = path.join(root, 'node_modules', '.bin', 'strapi');
const deadline = Date.now() + Number(process.env.E2E_TIMEOUT_MS || 15 * 60_000);

const children = new Set();
let tmp;

/** Kills a child's whole process group (it was spawned detached), politely first. */
const killGroup = (child, signal = 'SIGTERM') => {
  if (child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    /* already gone */
  }
};

const spawnChild = (command, args, options) => {
  const child = spawn(command, args, { detached: true, ...options });
  children.add(child);
  child.on('exit', () => children.delete(child));
  return child;
};

const exited = (child) =>
  new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve(child.exitCode ?? 1);
    else child.on('exit', (code) => resolve(code ?? 1));
  });

/** Runs a command to completion, killed when the run's deadline passes. */
const run = async (label, command, args, options = {}) => {
  console.log(`\n== ${label}`);
  const started = Date.now();
  const child = spawnChild(command, args, { stdio: 'inherit', ...options });
  const timer = setTimeout(() => killGroup(child, 'SIGKILL'), Math.max(deadline - Date.now(), 0));
  const code = await exited(child);
  clearTimeout(timer);
  if (code !== 0) throw new Error(`${label} failed (exit code ${code})`);
  console.log(`== ${label}: done in ${Math.round((Date.now() - started) / 1000)} s`);
};

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const waitForServer = async (baseUrl, server, logFile) => {
  const until = Math.min(deadline, Date.now() + 180_000);
  while (Date.now() < until) {
    if (server.exitCode !== null) throw new Error(`strapi start exited early (code ${server.exitCode}), see ${logFile}`);
    try {
      const res = await fetch(`${baseUrl}/_health`);
      if (res.status === 204 || res.ok) return;
    } catch {
      /* not listening yet */
    }
    await sleep(500);
  }
  throw new Error(`strapi start was not ready in time, see ${logFile}`);
};

const stopServer = async (server) => {
  if (!server) return;
  killGroup(server, 'SIGTERM');
  const stopped = await Promise.race([exited(server).then(() => true), sleep(10_000).then(() => false)]);
  if (!stopped) {
    killGroup(server, 'SIGKILL');
    await exited(server);
  }
};

const printTail = (file, lines = 60) => {
  try {
    const text = readFileSync(file, 'utf8').trimEnd().split('\n');
    console.error(`\n-- last ${lines} lines of ${file}\n${text.slice(-lines).join('\n')}`);
  } catch {
    /* no log */
  }
};

/** Reads `# pass N` / `# fail N` / `# skipped N` from the TAP report node --test wrote. */
const readCounts = (tapFile) => {
  const text = readFileSync(tapFile, 'utf8');
  const count = (name) => Number((text.match(new RegExp(`^# ${name} (\\d+)$`, 'm')) ?? [])[1] ?? 0);
  return { passed: count('pass'), failed: count('fail') + count('cancelled'), skipped: count('skipped') };
};

const main = async () => {
  const env = { ...process.env, STRAPI_TELEMETRY_DISABLED: 'true', BROWSER: 'none' };
  if (!process.env.E2E_SKIP_BUILD) {
    await run('plugin build (npm run build)', 'npm', ['run', 'build'], { cwd: root, env });
    await run('admin build of tests/app (strapi build)', strapiBin, ['build'], { cwd: appDir, env });
  }

  rmSync(artifactsDir, { recursive: true, force: true });
  mkdirSync(artifactsDir, { recursive: true });
  mkdirSync(path.join(appDir, 'public', 'uploads'), { recursive: true });
  tmp = mkdtempSync(path.join(os.tmpdir(), 'access-tokens-e2e-'));
  const logFile = path.join(artifactsDir, 'server.log');
  const tapFile = path.join(tmp, 'report.tap');
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;

  let server;
  let counts = { passed: 0, failed: 1, skipped: 0 };
  try {
    console.log(`\n== strapi start on ${baseUrl} (log: ${path.relative(root, logFile)})`);
    const log = createWriteStream(logFile);
    server = spawnChild(strapiBin, ['start'], {
      cwd: appDir,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...env,
        HOST: '127.0.0.1',
        PORT: String(port),
        DATABASE_CLIENT: 'sqlite',
        DATABASE_FILENAME: path.join(tmp, 'data.db'),
        ACCESS_TOKENS_SECRET: 'e2e-access-tokens-secret',
        LOG_LEVEL: 'info',
        FORCE_COLOR: '0',
      },
    });
    server.stdout.pipe(log);
    server.stderr.pipe(log);
    await waitForServer(baseUrl, server, logFile);

    console.log('\n== browser tests (node --test tests/e2e)');
    const tests = spawnChild(
      process.execPath,
      [
        '--test',
        '--test-concurrency=1',
        '--test-reporter=spec',
        '--test-reporter-destination=stdout',
        '--test-reporter=tap',
        `--test-reporter-destination=${tapFile}`,
        path.join(e2eDir, 'tokens.e2e.test.js'),
      ],
      { cwd: root, stdio: 'inherit', env: { ...env, E2E_BASE_URL: baseUrl, E2E_ARTIFACTS_DIR: artifactsDir } }
    );
    const timer = setTimeout(() => {
      console.error('\nThe e2e run timed out.');
      killGroup(tests, 'SIGKILL');
    }, Math.max(deadline - Date.now(), 0));
    const code = await exited(tests);
    clearTimeout(timer);
    try {
      counts = readCounts(tapFile);
    } catch {
      counts = { passed: 0, failed: 1, skipped: 0 };
    }
    if (code !== 0 && counts.failed === 0) counts.failed = 1;
    if (counts.failed > 0) printTail(logFile);
  } finally {
    await stopServer(server);
    rmSync(tmp, { recursive: true, force: true });
  }

  const skipped = counts.skipped ? ` (${counts.skipped} skipped)` : '';
  console.log(`\nScreenshots: ${path.relative(root, artifactsDir)}/`);
  console.log(`${counts.passed} passed, ${counts.failed} failed${skipped}`);
  return counts.failed === 0 ? 0 : 1;
};

const shutdown = (signal) => {
  for (const child of children) killGroup(child, 'SIGKILL');
  if (tmp) rmSync(tmp, { recursive: true, force: true });
  process.exit(signal === 'SIGINT' ? 130 : 143);
};
process.on('SIGINT', () => shutdown('SIGINT'));
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('exit', () => {
  for (const child of children) killGroup(child, 'SIGKILL');
});

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`\n${error.message}`);
    console.log('0 passed, 1 failed');
    for (const child of children) killGroup(child, 'SIGKILL');
    process.exit(1);
  }
);
