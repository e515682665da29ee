import { join, resolve } from 'node:path';

import { startStrapi, type StrapiProcess } from '../../../scripts/lib/start-strapi';
import { appEnv } from './app';
import { createTestDatabase, type TestDatabase } from './database';
import { bearer, createClient } from './http';

const ROOT = resolve(__dirname, '../../..');

export type Instance = StrapiProcess;

/** Starts tests/app in a separate Node process on the given database; resolves once it listens. */
export const startInstance = (databaseEnv: Record<string, string>, env: Record<string, string> = {}) =>
  startStrapi({
    args: ['-r', 'esbuild-register', join(__dirname, 'instance-main.ts')],
    cwd: ROOT,
    env: { ...process.env, ...appEnv({ ...databaseEnv, ...env }) },
    label: 'Instance',
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

export interface InstancePair {
  database: TestDatabase;
  first: Instance;
  second: Instance;
  /** The first instance's admin API, as its first admin. */
  adminApi: ReturnType<typeof createClient>;
}

/**
 * Two processes of tests/app on one fresh database, started with `env` before the file's tests, the first admin
 * registered on the first one; both stopped, and the database dropped, after the file's tests.
 */
export const useInstancePair = (env: Record<string, string> = {}): InstancePair => {
  const pair = {} as InstancePair;
  beforeAll(async () => {
    pair.database = await createTestDatabase();
    pair.first = await startInstance(pair.database.env, env);
    pair.second = await startInstance(pair.database.env, env);
    pair.adminApi = await registerFirstAdmin(pair.first.url);
  }, 120_000);
  afterAll(async () => {
    await Promise.all([pair.first?.stop(), pair.second?.stop()]);
    await pair.database?.drop();
  });
  return pair;
};
