import { spawn, type ChildProcess } from 'node:child_process';
import { join, resolve } from 'node:path';

import { appEnv } from './app';
import { bearer, createClient } from './http';

const ROOT = resolve(__dirname, '../../..');

export interface Instance {
  url: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

/** Starts tests/app in a separate Node process on the given database; resolves once it listens. */
export const startInstance = (
  databaseEnv: Record<string, string>,
  env: Record<string, string> = {}
): Promise<Instance> =>
  new Promise((resolveInstance, reject) => {
    const child = spawn(process.execPath, ['-r', 'esbuild-register', join(__dirname, 'instance-main.ts')], {
      cwd: ROOT,
      env: { ...process.env, ...appEnv({ ...databaseEnv, ...env }) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const timer = setTimeout(() => reject(new Error(`Instance did not start in 60 s:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const ready = /READY (\S+)/.exec(output);
      if (!ready) return;
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      resolveInstance({
        url: ready[1],
        process: child,
        stop: () =>
          new Promise((done) => {
            if (child.exitCode !== null) return done();
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Instance exited with ${code}:\n${output}`));
    });
  });

/** Registers the first admin (a super admin) of a fresh app through its API; answers an admin-API client. */
export const registerFirstAdmin = async (url: string, email = 'first@example.com') => {
  const registered = await createClient(url).post('/admin/register-admin', {
    email,
    firstname: 'First',
    lastname: 'Admin',
    password: 'First-admin-1234',
  });
  const jwt = registered.body?.data?.token as string | undefined;
  if (!jwt) throw new Error(`Admin registration failed with ${registered.status}`);
  return createClient(url, bearer(jwt));
};
