'use strict';

/**
 * Runs tests/app (the repository's real Strapi app) through the integration suite's instance-main.ts, which prints
 * `READY <url>`. Started by global-setup.js as `node -r esbuild-register strapi-runner.js` from the repository root.
 * It stops when its parent closes stdin, so even a test run killed with SIGKILL leaves no Strapi behind.
 */
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '../../../..');

// The temporary directory of the SQLite file goes with this process, however it ends.
process.on('exit', () => {
  if (process.env.ZAPIER_TEST_TMP_DIR) fs.rmSync(process.env.ZAPIER_TEST_TMP_DIR, { recursive: true, force: true });
});

const stop = () => process.kill(process.pid, 'SIGTERM'); // instance-main.ts destroys Strapi on SIGTERM
process.stdin.on('end', stop);
process.stdin.on('error', stop);
process.stdin.resume();
// Bounded: a run never needs Strapi for longer than this.
setTimeout(stop, Number(process.env.ZAPIER_TEST_STRAPI_MAX_MS || 15 * 60 * 1000)).unref();

require(path.join(ROOT, 'tests/integration/helpers/instance-main.ts'));
