import { createTestDatabase, type TestDatabase } from '../helpers/database';
import { bearer, createClient } from '../helpers/http';
import { registerFirstAdmin, startInstance, type Instance } from '../helpers/instances';
import { waitFor } from '../helpers/wait';
import { today } from './helpers';

const REQUESTS_EACH = 30;

describe('token usage with two Strapi processes on one database', () => {
  const context = {} as {
    database: TestDatabase;
    writing: Instance;
    stopping: Instance;
    adminApi: ReturnType<typeof createClient>;
  };

  beforeAll(async () => {
    context.database = await createTestDatabase();
    // One writes every 100 ms while the requests run; the other only when it shuts down.
    context.writing = await startInstance(context.database.env, { ACCESS_TOKENS_USAGE_FLUSH_INTERVAL_MS: '100' });
    context.stopping = await startInstance(context.database.env, { ACCESS_TOKENS_USAGE_FLUSH_INTERVAL_MS: '3600000' });
    context.adminApi = await registerFirstAdmin(context.writing.url);
  }, 120_000);

  afterAll(async () => {
    await Promise.all([context.writing?.stop(), context.stopping?.stop()]);
    await context.database?.drop();
  });

  it('adds up what both counted, including what the stopped one wrote on shutdown', async () => {
    const { writing, stopping, adminApi } = context;
    const created = await adminApi.post('/access-tokens/tokens', { name: 'shared', accessLevel: 'read-only' });
    const { id, accessKey } = created.body.data;
    await Promise.all(
      [writing, stopping].map(async (instance) => {
        const client = createClient(instance.url, bearer(accessKey));
        for (let i = 0; i < REQUESTS_EACH; i += 1) expect((await client.get('/api/articles')).status).toBe(200);
      })
    );
    await stopping.stop();

    await waitFor(
      async () => {
        const usage = await adminApi.get(`/access-tokens/tokens/${id}/usage?days=1`);
        expect(usage.body.data.days).toEqual([expect.objectContaining({ date: today(), success: 2 * REQUESTS_EACH })]);
        const listed = await adminApi.get('/access-tokens/tokens');
        expect(listed.body.data.find((token: { id: number }) => token.id === id).requests24h).toBe(2 * REQUESTS_EACH);
        return true;
      },
      { what: "both instances' counts in the database" }
    );
  });
});
