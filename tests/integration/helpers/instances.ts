import { join, resolve } from 'node:path';

import { startStrapi, type StrapiProcess } from '../../../scripts/lib/start-strapi';
import { appEnv } from './app';
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
