#!/usr/bin/env node
/**
 * `npm run test:e2e`: builds the plugin and the admin of tests/app, starts tests/app (`strapi start`) on a free
 * loopback port with a fresh SQLite file, runs the browser tests in tests/e2e/ against it (`node --test`), and always
 * stops the server. Prints a final `N passed, N failed` line; exits non-zero on any failure or on timeout.
 *
 * E2E_SKIP_BUILD=1 reuses the existing builds; E2E_TIMEOUT_MS bounds the whole run (default 15 minutes).
 * Arguments name the files to run (any part of a file name: `node scripts/e2e.js tokens-custom`); none runs them all.
 */
const { mkdirSync, readFileSync, readdirSync, rmSync } = require('node:fs');
const path = require('node:path');
const processes = require('./lib/processes');
const { startStrapi } = require('./lib/start-strapi');

const root = path.resolve(__dirname, '..');
const appDir = path.join(root, 'tests', 'app');
const e2eDir = path.join(root, 'tests', 'e2e');
const artifactsDir = path.join(e2eDir, 'screenshots');
const strapiBin = path.join(root, 'node_modules', '.bin', 'strapi');
const strapiScript = path.join(root, 'node_modules', '@strapi', 'strapi', 'bin', 'strapi.js');
const deadline = Date.now() + Number(process.env.E2E_TIMEOUT_MS || 15 * 60_000);

/**
 * Every `*.e2e.test.js` of tests/e2e/, one feature each, run one at a time in name order (node --test sorts them
 * too) against the one server: first-run.e2e.test.js, which needs the fresh app, sorts first. `filters`: parts of
 * file names; a file runs when its name contains one of them (each file signs in, or registers on a fresh app).
 */
const testFiles = (filters) => {
  const files = readdirSync(e2eDir)
    .filter((name) => name.endsWith('.e2e.test.js'))
    .filter((name) => filters.length === 0 || filters.some((filter) => name.includes(filter)))
    .sort();
  if (files.length === 0) throw new Error(`No e2e test file matches ${filters.join(', ')}`);
  return files.map((name) => path.join(e2eDir, name));
};

/** Reads `# pass N` / `# fail N` / `# skipped N` from the TAP report node --test wrote. */
const readCounts = (tapFile) => {
  const text = readFileSync(tapFile, 'utf8');
  const count = (name) => Number((text.match(new RegExp(`^# ${name} (\\d+)$`, 'm')) ?? [])[1] ?? 0);
  return { passed: count('pass'), failed: count('fail') + count('cancelled'), skipped: count('skipped') };
};

const main = async () => {
  const files = testFiles(process.argv.slice(2));
  const env = { ...process.env, STRAPI_TELEMETRY_DISABLED: 'true', BROWSER: 'none' };
  if (!process.env.E2E_SKIP_BUILD) {
    await processes.run('plugin build (npm run build)', 'npm', ['run', 'build'], { cwd: root, env, deadline });
    await processes.run('admin build of tests/app (strapi build)', strapiBin, ['build'], {
      cwd: appDir,
      env,
      deadline,
    });
  }

  rmSync(artifactsDir, { recursive: true, force: true });
  mkdirSync(artifactsDir, { recursive: true });
  mkdirSync(path.join(appDir, 'public', 'uploads'), { recursive: true });
  const tmp = processes.makeTempDir('access-tokens-e2e-');
  const logFile = path.join(artifactsDir, 'server.log');
  const tapFile = path.join(tmp, 'report.tap');
  const port = await processes.freePort();
  const baseUrl = `http://127.0.0.1:${port}`;

  let server;
  let counts = { passed: 0, failed: 1, skipped: 0 };
  try {
    console.log(`\n== strapi start on ${baseUrl} (log: ${path.relative(root, logFile)})`);
    server = await startStrapi({
      args: [strapiScript, 'start'],
      cwd: appDir,
      port,
      logFile,
      timeoutMs: Math.min(deadline - Date.now(), 180_000),
      label: 'strapi start',
      env: {
        ...env,
        HOST: '127.0.0.1',
        DATABASE_CLIENT: 'sqlite',
        DATABASE_FILENAME: path.join(tmp, 'data.db'),
        ACCESS_TOKENS_SECRET: 'e2e-access-tokens-secret',
        // Each test file signs in anew, more often than Strapi's 5 sign-ins per 5 minutes (tests/app/config/admin.js).
        ADMIN_RATE_LIMIT: 'false',
        LOG_LEVEL: 'info',
        FORCE_COLOR: '0',
      },
    });

    console.log('\n== browser tests (node --test tests/e2e)');
    const tests = processes.spawnChild(
      process.execPath,
      [
        '--test',
        '--test-concurrency=1',
        '--test-reporter=spec',
        '--test-reporter-destination=stdout',
        '--test-reporter=tap',
        `--test-reporter-destination=${tapFile}`,
        ...files,
      ],
      { cwd: root, stdio: 'inherit', env: { ...env, E2E_BASE_URL: baseUrl, E2E_ARTIFACTS_DIR: artifactsDir } }
    );
    const timer = setTimeout(
      () => {
        console.error('\nThe e2e run timed out.');
        processes.killGroup(tests, 'SIGKILL');
      },
      Math.max(deadline - Date.now(), 0)
    );
    const code = await processes.exited(tests);
    clearTimeout(timer);
    try {
      counts = readCounts(tapFile);
    } catch {
      counts = { passed: 0, failed: 1, skipped: 0 };
    }
    if (code !== 0 && counts.failed === 0) counts.failed = 1;
    if (counts.failed > 0) processes.printTail(logFile);
  } finally {
    await server?.stop();
    processes.removeTempDir(tmp);
  }

  const skipped = counts.skipped ? ` (${counts.skipped} skipped)` : '';
  console.log(`\nScreenshots: ${path.relative(root, artifactsDir)}/`);
  console.log(`${counts.passed} passed, ${counts.failed} failed${skipped}`);
  return counts.failed === 0 ? 0 : 1;
};

processes.runMain(main);
