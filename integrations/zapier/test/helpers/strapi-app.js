'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');

// The repository's shared helper that starts Strapi in a child process.
const { startStrapi: startStrapiProcess } = require('../../../../scripts/lib/start-strapi');

/** The repository root: its node_modules has Strapi and esbuild-register; tests/app is the app. */
const ROOT = path.resolve(__dirname, '../../../..');

/** The environment tests/integration/helpers/app.ts (appEnv) gives tests/app, on a fresh SQLite file. */
const appEnv = (filename) => ({
  ...process.env,
  NODE_ENV: 'test',
  STRAPI_TELEMETRY_DISABLED: 'true',
  LOG_LEVEL: process.env.LOG_LEVEL || 'warn',
  ACCESS_TOKENS_PLUGIN_PATH: path.join(ROOT, 'tests/app/plugin-source'),
  DATABASE_CLIENT: 'sqlite',
  DATABASE_FILENAME: filename,
  // The receiver of the tests listens on 127.0.0.1.
  ACCESS_TOKENS_ALLOW_PRIVATE_TARGETS: 'true',
});

/**
 * Starts tests/app in its own process (the integration suite's instance-main.ts, which prints `READY <url>`), on a
 * SQLite file in a temporary directory that goes with it; resolves `{ url, stop }` once it listens.
 */
const startStrapi = async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zapier-strapi-'));
  const removeDir = () => fs.rmSync(dir, { recursive: true, force: true });
  process.once('exit', removeDir);
  try {
    const strapi = await startStrapiProcess({
      args: ['-r', 'esbuild-register', path.join(ROOT, 'tests/integration/helpers/instance-main.ts')],
      cwd: ROOT,
      env: appEnv(path.join(dir, 'data.db')),
      timeoutMs: 120_000,
    });
    return { url: strapi.url, pid: strapi.pid, stop: () => strapi.stop(15_000).finally(removeDir) };
  } catch (error) {
    removeDir();
    throw error;
  }
};

const json = async (response) => {
  const text = await response.text();
  try {
    return text ? JSON.parse(text) : null;
  } catch {
    return text;
  }
};

/** Registers the first super admin (POST /admin/register-admin) and answers its JWT. */
const registerAdmin = async (url) => {
  const response = await fetch(`${url}/admin/register-admin`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      firstname: 'Zapier',
      lastname: 'Tests',
      email: 'zapier-tests@example.com',
      password: 'Test-admin-1234',
    }),
  });
  const body = await json(response);
  const jwt = body && body.data && (body.data.token || body.data.accessToken);
  if (!jwt) throw new Error(`Admin registration failed (${response.status}): ${JSON.stringify(body)}`);
  return jwt;
};

/** Creates an access token through the admin API (POST /access-tokens/tokens) and answers its full value. */
const createToken = async (url, jwt, body) => {
  const response = await fetch(`${url}/access-tokens/tokens`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${jwt}` },
    body: JSON.stringify(body),
  });
  const answer = await json(response);
  if (response.status !== 201) throw new Error(`Token creation failed (${response.status}): ${JSON.stringify(answer)}`);
  return { id: answer.data.id, value: answer.data.accessKey };
};

module.exports = { ROOT, startStrapi, registerAdmin, createToken, json };
