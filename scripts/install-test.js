#!/usr/bin/env node
/**
 * `npm run test:install`: what a site builder does with the published package, on the oldest Strapi 5 release the
 * peer range claims and on the one the repository develops against.
 *
 *   1. builds the plugin and packs it (`npm pack`), and checks the tarball holds only what it should (pack.js);
 *   2. for each Strapi version: copies tests/install-app (a TypeScript app with one `article` type and the plugin
 *      enabled) to a temporary directory, pins its @strapi/* packages to that version, installs the tarball into it
 *      with npm (one npm cache for every version), checks that Strapi's shared packages exist once, and `strapi
 *      build`s it (app.js);
 *   3. `strapi start`s it (NODE_ENV=production) on a free loopback port and checks the admin, REST, GraphQL, error
 *      shapes, a signed hook delivery and an MCP client's initialize, tools/list and tool call over HTTP (checks.js).
 *
 * --strapi=5.0.0,5.54.0 (or INSTALL_TEST_STRAPI_VERSIONS) chooses the versions; --skip-build (or
 * INSTALL_TEST_SKIP_BUILD=1) packs the existing dist/; INSTALL_TEST_KEEP=1 keeps the temporary directory.
 * Prints PASS/FAIL lines, each version's duration and a final `N passed, N failed` line; exits non-zero on a failure.
 */
const { mkdirSync, rmSync } = require('node:fs');
const path = require('node:path');
const { freePort, makeTempDir, printTail, runMain, seconds } = require('./lib/processes');
const { startStrapi } = require('./lib/start-strapi');
const { buildApp, createApp, installApp } = require('./install-test/app');
const { runChecks } = require('./install-test/checks');
const { packPlugin } = require('./install-test/pack');
const { createReport } = require('./install-test/report');

// The oldest release of the peer range (package.json, docs/upgrading.md); the newest is the repository's own.
const OLDEST_STRAPI = '5.5.0';

const root = path.resolve(__dirname, '..');
const option = (name) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1];
const versions = (
  option('strapi') ??
  process.env.INSTALL_TEST_STRAPI_VERSIONS ??
  `${OLDEST_STRAPI},${require('../package.json').devDependencies['@strapi/strapi']}`
)
  .split(',')
  .map((version) => version.trim())
  .filter(Boolean);
const skipBuild = process.argv.includes('--skip-build') || Boolean(process.env.INSTALL_TEST_SKIP_BUILD);
const keep = Boolean(process.env.INSTALL_TEST_KEEP);

const appEnv = {
  ...process.env,
  STRAPI_TELEMETRY_DISABLED: 'true',
  STRAPI_DISABLE_UPDATE_NOTIFICATION: 'true',
  BROWSER: 'none',
  FORCE_COLOR: '0',
  NODE_ENV: 'production',
  HOST: '127.0.0.1',
  APP_KEYS: 'install-test-key-a,install-test-key-b',
  ADMIN_JWT_SECRET: 'install-test-admin-jwt-secret',
  API_TOKEN_SALT: 'install-test-api-token-salt',
  TRANSFER_TOKEN_SALT: 'install-test-transfer-token-salt',
  ENCRYPTION_KEY: 'install-test-encryption-key',
  JWT_SECRET: 'install-test-users-permissions-jwt-secret',
  ACCESS_TOKENS_SECRET: 'install-test-access-tokens-secret-0123456789',
};

/** `strapi start`, then every HTTP check; the server is stopped on every path. */
const startAndCheck = async ({ appDir, work, chunk, report }) => {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const logFile = path.join(work, 'server.log');
  console.log(`\n== strapi start on ${base}`);
  const before = report.counts.failed;
  let ended = false;
  let server;
  try {
    server = await startStrapi({
      args: [path.join(appDir, 'node_modules', '@strapi', 'strapi', 'bin', 'strapi.js'), 'start'],
      cwd: appDir,
      env: appEnv,
      port,
      logFile,
      label: 'strapi start',
    });
    report.pass('strapi start answers /_health');
    await runChecks({ base, chunk, report });
    ended = true;
  } finally {
    await server?.stop();
    if (!ended || report.counts.failed > before) printTail(logFile);
  }
};

const testVersion = async ({ version, tarball, work, report }) => {
  const dir = path.join(work, `strapi-${version}`);
  const appDir = path.join(dir, 'app');
  mkdirSync(dir, { recursive: true });
  console.log(`\n==== Strapi ${version}: fresh app in ${appDir}`);
  try {
    createApp({ root, appDir, tarball, strapiVersion: version });
    const installed = await installApp({ appDir, work: dir, report });
    if (installed !== version) report.fail(`npm installed @strapi/strapi ${installed}, not ${version}`);
    const chunk = await buildApp({ appDir, work: dir, env: appEnv, report });
    await startAndCheck({ appDir, work: dir, chunk, report });
  } catch (error) {
    report.fail(`Strapi ${version}: ${error.message}`);
  } finally {
    if (!keep) rmSync(dir, { recursive: true, force: true });
  }
};

const main = async () => {
  const report = createReport();
  const work = makeTempDir('access-tokens-install-', { keep });
  const durations = [];
  try {
    const tarball = await packPlugin({ root, work, report, skipBuild });
    for (const version of versions) {
      const started = Date.now();
      const failedBefore = report.counts.failed;
      await testVersion({ version, tarball, work, report });
      durations.push(
        `Strapi ${version}: ${report.counts.failed > failedBefore ? 'FAIL' : 'PASS'} in ${seconds(started)} s`
      );
    }
  } catch (error) {
    report.fail(error.message);
  }
  if (keep) console.log(`\nKept ${work}`);
  console.log(`\n${durations.join('\n')}`);
  console.log(`${report.counts.passed} passed, ${report.counts.failed} failed`);
  return report.counts.failed === 0 ? 0 : 1;
};

runMain(main);
