#!/usr/bin/env node
/**
 * `npm run playground`: builds the plugin, then starts tests/app (Strapi with the plugin, on SQLite) with `strapi
 * develop` at http://localhost:1337/admin (PORT changes the port). Extra arguments go to `strapi develop`.
 */
const { spawnSync } = require('node:child_process');
const { mkdirSync } = require('node:fs');
const path = require('node:path');
const { runMain } = require('./lib/processes');
const { startStrapi } = require('./lib/start-strapi');

const root = path.resolve(__dirname, '..');
const appDir = path.join(root, 'tests', 'app');

const main = async () => {
  const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) return build.status ?? 1;

  mkdirSync(path.join(appDir, 'public', 'uploads'), { recursive: true });
  const strapi = await startStrapi({
    args: [
      path.join(root, 'node_modules', '@strapi', 'strapi', 'bin', 'strapi.js'),
      'develop',
      ...process.argv.slice(2),
    ],
    cwd: appDir,
    env: { STRAPI_TELEMETRY_DISABLED: 'true', BROWSER: 'none', ...process.env },
    port: Number(process.env.PORT || 1337),
    echo: true,
    // The first `strapi develop` also builds the admin panel.
    timeoutMs: 600_000,
    label: 'strapi develop',
  });
  console.log(`\nThe playground is up: ${strapi.url.replace('127.0.0.1', 'localhost')}/admin (Ctrl-C stops it)`);
  return strapi.exited;
};

runMain(main);
