import type { Core } from '@strapi/strapi';

import { createAdmin } from './admin';
import { bootStrapi } from './app';
import { createTestDatabase, type TestDatabase } from './database';
import { bearer, createClient } from './http';

/**
 * One app restarted on one database, as a deployment restarts it: `boot(env)` stops the running app first and
 * starts it again with the database's settings and `env`, with a new super admin's client. The database is created
 * before all tests of the calling describe block and dropped after them.
 */
export const useRestartableApp = () => {
  const app = {} as { strapi?: Core.Strapi; url: string; adminApi: ReturnType<typeof createClient> };
  let database: TestDatabase | undefined;

  const stop = async () => {
    await app.strapi?.destroy();
    app.strapi = undefined;
  };
  const boot = async (env: Record<string, string>) => {
    await stop();
    if (!database) database = await createTestDatabase();
    const { strapi, url } = await bootStrapi({ ...database.env, ...env });
    Object.assign(app, { strapi, url, adminApi: createClient(url, bearer((await createAdmin(strapi, url)).jwt)) });
  };

  afterAll(async () => {
    await stop();
    await database?.drop();
  });

  return { app, boot };
};
