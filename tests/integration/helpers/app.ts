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

/**
 * Boots tests/app in-process on a fresh database and listens on a free loopback port.
 * The plugin is loaded from its TypeScript sources (tests/app/plugin-source), compiled by jest.
 */
export const startApp = async (env: Record<string, string> = {}): Promise<TestApp> => {
  const database = await createTestDatabase();
  Object.assign(process.env, {
    NODE_ENV: 'test',
    STRAPI_TELEMETRY_DISABLED: 'true',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    ACCESS_TOKENS_PLUGIN_PATH: join(APP_DIR, 'plugin-source'),
    ...database.env,
    ...env,
  });

  const strapi = createStrapi({ appDir: APP_DIR, distDir: APP_DIR });
  try {
    await strapi.load();
    strapi.server.mount();
    await new Promise<void>((done) => strapi.server.httpServer.listen(0, '127.0.0.1', done));
  } catch (error) {
    await strapi.destroy().catch(() => undefined);
    await database.drop();
    throw error;
  }
  const { port } = strapi.server.httpServer.address() as AddressInfo;

  return {
    strapi,
    url: `http://127.0.0.1:${port}`,
    database,
    async close() {
      await strapi.destroy();
      await database.drop();
    },
  };
};
