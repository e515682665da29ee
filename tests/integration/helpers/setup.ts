import { createAdmin, type AdminSession } from './admin';
import { startApp, type BootOptions, type TestApp } from './app';
import { createClient } from './http';

export interface Suite {
  app: TestApp;
  admin: AdminSession;
  /** The admin API, authenticated as a super admin. */
  adminApi: ReturnType<typeof createClient>;
  /** Unauthenticated calls. */
  http: ReturnType<typeof createClient>;
}

/** One booted app per test file, with a logged-in super admin; closed after the file's tests. */
export const useApp = (env: Record<string, string> = {}, options: BootOptions = {}): Suite => {
  const suite = {} as Suite;
  beforeAll(async () => {
    suite.app = await startApp(env, options);
    suite.admin = await createAdmin(suite.app.strapi, suite.app.url);
    suite.adminApi = createClient(suite.app.url, { Authorization: `Bearer ${suite.admin.jwt}` });
    suite.http = createClient(suite.app.url);
  });
  afterAll(async () => {
    await suite.app?.close();
  });
  return suite;
};

export const futureIso = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
