/**
 * The one way the integration tests, the Zapier tests, the bench and the scripts start Strapi in a child process
 * (the in-process boot of the integration tests is tests/integration/helpers/app.ts). The child runs this Node in its
 * own process group: stopping it stops what it started, and it stops by itself when this process goes away.
 */
const { createWriteStream } = require('node:fs');
const path = require('node:path');

const { exited, spawnChild, stopChild } = require('./processes');
const { waitFor } = require('./wait-for');

const EXIT_WITH_PARENT = path.join(__dirname, 'exit-with-parent.js');
const TAIL_CHARS = 5_000;

/** Resolves with the URL once the child is ready: /_health answers on `port`, or it printed `READY <url>`. */
const ready = (port, output, options) => {
  if (port !== undefined) {
    const url = `http://127.0.0.1:${port}`;
    return waitFor(
      async () => (await fetch(`${url}/_health`, { signal: AbortSignal.timeout(2_000) })).status < 500 && url,
      options
    );
  }
  return waitFor(() => /READY (\S+)/.exec(output())?.[1], options);
};

/**
 * Starts Strapi: `node -r exit-with-parent.js ...args` in `cwd`, with `env` (and PORT when `port` is given).
 * Output goes to `logFile` if given, to this terminal with `echo`, and its tail into the error of a failed start.
 * Resolves once it is ready (see `ready`); rejects, with the child stopped, when it exits first or `timeoutMs` passes.
 */
const startStrapi = async ({
  args,
  cwd,
  env = process.env,
  port,
  logFile,
  echo = false,
  timeoutMs = 180_000,
  label = 'Strapi',
}) => {
  const child = spawnChild(process.execPath, ['-r', EXIT_WITH_PARENT, ...args], {
    cwd,
    env: port === undefined ? env : { ...env, PORT: String(port) },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const log = logFile ? createWriteStream(logFile, { flags: 'a' }) : undefined;
  let tail = '';
  for (const [stream, terminal] of [
    [child.stdout, process.stdout],
    [child.stderr, process.stderr],
  ]) {
    stream.on('data', (chunk) => {
      tail = (tail + chunk.toString()).slice(-TAIL_CHARS);
      log?.write(chunk);
      if (echo) terminal.write(chunk);
    });
  }
  const exit = exited(child);
  const stop = (graceMs = 30_000) => stopChild(child, graceMs).finally(() => log?.end());

  const what = `${label} ready`;
  const early = exit.then((code) => {
    throw new Error(`${label} exited during start-up (code ${code})`);
  });
  try {
    const url = await Promise.race([ready(port, () => tail, { timeoutMs, intervalMs: 250, what }), early]);
    early.catch(() => undefined); // it may still exit later: that is for `exited` to tell
    return { url, pid: child.pid, process: child, exited: exit, stop };
  } catch (error) {
    early.catch(() => undefined);
    await stop();
    throw new Error(`${error.message}${logFile ? `; see ${logFile}` : ''}\n${tail}`, { cause: error });
  }
};

module.exports = { startStrapi };
