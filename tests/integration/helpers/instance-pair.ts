import { createTestDatabase, type TestDatabase } from './database';
import type { createClient } from './http';
import { registerFirstAdmin, startInstance, type Instance } from './instances';

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
