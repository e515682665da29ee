/**
 * Process helpers for the scripts that start real servers (start-strapi.js, e2e.js, install-test.js): children run
 * in their own process group and are tracked, so every exit path (error, Ctrl-C, timeout) kills them with what they
 * started; temporary directories are removed on exit; every wait is bounded by a deadline.
 */
const { spawn } = require('node:child_process');
const { closeSync, mkdtempSync, openSync, readFileSync, rmSync } = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');

const { pause } = require('./wait-for');

const children = new Set();
const tempDirs = new Set();

const isRunning = (child) => child.exitCode === null && child.signalCode === null;

/** Kills a child's whole process group (it was spawned detached), politely unless told otherwise. */
const killGroup = (child, signal = 'SIGTERM') => {
  if (!isRunning(child)) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    /* already gone */
  }
};

/** Spawns a tracked child in its own process group. `logFile` sends its stdout and stderr there. */
const spawnChild = (command, args, { logFile, ...options } = {}) => {
  const fd = logFile ? openSync(logFile, 'a') : undefined;
  const stdio = fd === undefined ? options.stdio : ['ignore', fd, fd];
  const child = spawn(command, args, { detached: true, ...options, stdio });
  if (fd !== undefined) closeSync(fd);
  children.add(child);
  child.on('exit', () => children.delete(child));
  return child;
};

/** Resolves with the child's exit code (1 when a signal ended it). */
const exited = (child) =>
  new Promise((resolve) => {
    if (!isRunning(child)) resolve(child.exitCode ?? 1);
    else child.on('exit', (code) => resolve(code ?? 1));
  });

const seconds = (since) => Math.round((Date.now() - since) / 1000);

const printTail = (file, lines = 60) => {
  try {
    const text = readFileSync(file, 'utf8').trimEnd().split('\n');
    console.error(`\n-- last ${lines} lines of ${file}\n${text.slice(-lines).join('\n')}`);
  } catch {
    /* no log */
  }
};

/**
 * Runs a command to completion; it is killed at `deadline` (epoch ms). Output goes to the terminal, or to `logFile`,
 * whose tail is printed when the command fails. Resolves with the duration in seconds; rejects on failure.
 */
const run = async (label, command, args, { deadline = Infinity, logFile, ...options } = {}) => {
  console.log(`\n== ${label}`);
  const started = Date.now();
  const child = spawnChild(command, args, { stdio: 'inherit', logFile, ...options });
  const timer = setTimeout(
    () => killGroup(child, 'SIGKILL'),
    Math.min(Math.max(deadline - Date.now(), 0), 2 ** 31 - 1)
  );
  const code = await exited(child);
  clearTimeout(timer);
  if (code !== 0) {
    if (logFile) printTail(logFile);
    throw new Error(`${label} failed (exit code ${code}${Date.now() >= deadline ? ', timed out' : ''})`);
  }
  const took = seconds(started);
  console.log(`== ${label}: done in ${took} s`);
  return took;
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

/** SIGTERM to the child's group, SIGKILL after `graceMs`; resolves once it is gone. */
const stopChild = async (child, graceMs = 10_000) => {
  if (!child || !isRunning(child)) return;
  killGroup(child, 'SIGTERM');
  const stopped = await Promise.race([exited(child).then(() => true), pause(graceMs).then(() => false)]);
  if (!stopped) {
    killGroup(child, 'SIGKILL');
    await exited(child);
  }
};

/** A new directory under the system's temp dir, removed on exit unless `keep`. */
const makeTempDir = (prefix, { keep = false } = {}) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  if (!keep) tempDirs.add(dir);
  return dir;
};

const removeTempDir = (dir) => {
  rmSync(dir, { recursive: true, force: true });
  tempDirs.delete(dir);
};

const killAll = () => {
  for (const child of children) killGroup(child, 'SIGKILL');
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
  tempDirs.clear();
};

/** On Ctrl-C, SIGTERM or any exit: kill every tracked child's group and remove the temporary directories. */
const cleanUpOnExit = () => {
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ]) {
    process.on(signal, () => {
      killAll();
      process.exit(code);
    });
  }
  process.on('exit', killAll);
};

/**
 * Runs a script's `main` (which resolves with its exit code) with cleanUpOnExit; an unexpected error is printed with
 * a `0 passed, 1 failed` line, so the run never looks like one that ran nothing.
 */
const runMain = (main) => {
  cleanUpOnExit();
  main().then(
    (code) => process.exit(code),
    (error) => {
      console.error(`\n${error.message}`);
      console.log('0 passed, 1 failed');
      killAll();
      process.exit(1);
    }
  );
};

module.exports = {
  exited,
  freePort,
  killAll,
  killGroup,
  makeTempDir,
  printTail,
  removeTempDir,
  run,
  runMain,
  seconds,
  spawnChild,
  stopChild,
};
