#!/usr/bin/env node
/**
 * `npm run playground`: builds the plugin, then starts tests/app (Strapi with the plugin, on SQLite)
 * at http://localhost:1337/admin. Extra arguments go to `strapi develop`.
 */
const { spawnSync, spawn } = require('node:child_process');
const { mkdirSync } = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const appDir = path.join(root, 'tests', 'app');
const strapiBin = path.join(root, 'node_modules', '.bin', 'strapi');

const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

mkdirSync(path.join(appDir, 'public', 'uploads'), { recursive: true });

const strapi = spawn(strapiBin, ['develop', ...process.argv.slice(2)], {
  cwd: appDir,
  stdio: 'inherit',
  env: { STRAPI_TELEMETRY_DISABLED: 'true', BROWSER: 'none', ...process.env },
});
strapi.on('exit', (code) => process.exit(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => strapi.kill(signal));
