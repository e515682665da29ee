import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';

import { createStrapi, type Core } from '@strapi/strapi';

import { createTestDatabase, type TestDatabase } from './database';

export const APP_DIR = resolve(__dirname, '../../app');

export interface TestApp {
  strapi: Core.Strapi;
  /** Base URL of the running app, e.g. http://127.0.0.1:41234 */
  url: string;
  database: TestDatabase;
  close(): Promise<void>;
}

/** Environment that points tests/app at a database and at the plugin's TypeScript sources. */
export const appEnv = (env: Record<string, string>) => ({
  NODE_ENV: 'test',
  STRAPI_TELEMETRY_DISABLED: 'true',
  LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
  ACCESS_TOKENS_PLUGIN_PATH: join(APP_DIR, 'plugin-source'),
  ...env,
});

export interface BootOptions {
  /** Runs on the created Strapi before it loads (before any plugin's register): to alter a core service. */
  beforeLoad?: (strapi: Core.Strapi) => void;
}

/** Loads tests/app in this process and listens on a free loopback port. */
export const bootStrapi = async (env: Record<string, string>, { beforeLoad }: BootOptions = {}) => {
  Object.assign(process.env, appEnv(env));
  const strapi = createStrapi({ appDir: APP_DIR, distDir: APP_DIR });
  try {
    beforeLoad?.(strapi);
    await strapi.load();
    strapi.server.mount();
    await new Promise<void>((done) => strapi.server.httpServer.listen(0, '127.0.0.1', done));
  } catch (error) {
    await strapi.destroy().catch(() => undefined);
    throw error;
  }
  const { port } = strapi.server.httpServer.address() as AddressInfo;
  return { strapi, url: `http://127.0.0.1:${port}` };
};

/**
 * Boots tests/app in-process on a fresh database. The plugin is loaded from its TypeScript sources
 * (tests/app/plugin-source), compiled by jest.
 */
export const startApp = async (env: Record<string, string> = {}, options: BootOptions = {}): Promise<TestApp> => {
  const database = await createTestDatabase();
  let booted: Awaited<ReturnType<typeof bootStrapi>>;
  try {
    booted = await bootStrapi({ ...database.env, ...env }, options);
  } catch (error) {
    await database.drop();
    throw error;
  }
  const { strapi, url } = booted;
  return {
    strapi,
    url,
    database,
    async close() {
      await strapi.destroy();
      await database.drop();
    },
  };
};
