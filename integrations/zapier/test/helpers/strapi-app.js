'use strict';

const { spawn } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

/** The repository root: its node_modules has Strapi and esbuild-register; tests/app is the app. */
const ROOT = path.resolve(__dirname, '../../../..');
const START_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 15_000;

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

/** Starts tests/app in its own process; resolves `{ url, stop }` once it listens. */
const startStrapi = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zapier-strapi-'));
  const child = spawn(process.execPath, ['-r', 'esbuild-register', path.join(__dirname, 'strapi-runner.js')], {
    cwd: ROOT,
    env: { ...appEnv(path.join(dir, 'data.db')), ZAPIER_TEST_TMP_DIR: dir },
    stdio: ['pipe', 'pipe', 'pipe'],
  });

  let stopping = null;
  const stop = () => {
    if (!stopping) {
      stopping = new Promise((done) => {
        const finish = () => {
          clearTimeout(killTimer);
          fs.rmSync(dir, { recursive: true, force: true });
          done();
        };
        const killTimer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
        if (child.exitCode !== null || child.signalCode !== null) return finish();
        child.once('exit', finish);
        child.kill('SIGTERM');
      });
    }
    return stopping;
  };
  // Last resort when the test process goes away without running the teardown.
  const killNow = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    fs.rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', killNow);

  return new Promise((resolve, reject) => {
    let output = '';
    const fail = (message) => {
      clearTimeout(timer);
      stop().then(() => reject(new Error(`${message}\n${output.slice(-5000)}`)));
    };
    const timer = setTimeout(() => fail(`Strapi did not start within ${START_TIMEOUT_MS / 1000} s`), START_TIMEOUT_MS);
    const onExit = (code, signal) => fail(`Strapi exited during start-up (${code ?? signal})`);
    child.once('exit', onExit);
    child.stderr.on('data', (chunk) => {
      output += chunk.toString();
    });
    const onData = (chunk) => {
      output += chunk.toString();
      const ready = /READY (\S+)/.exec(output);
      if (!ready) return;
      clearTimeout(timer);
      child.off('exit', onExit);
      child.stdout.off('data', onData);
      child.stdout.resume();
      resolve({ url: ready[1], pid: child.pid, stop });
    };
    child.stdout.on('data', onData);
  });
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
