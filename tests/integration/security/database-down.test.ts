import { bearer, createClient } from '../helpers/http';
import { useApp } from '../helpers/setup';
import { createToken } from '../helpers/tokens';

describe('the database going away during authentication', () => {
  const suite = useApp();

  it('answers an error status, never an accepted request, for a token it has not verified yet', async () => {
    const { value } = await createToken(suite, { name: 'not cached', accessLevel: 'read-write' });
    const knex = suite.app.strapi.db.connection;
    // Make every query fail as if the server had gone away (the pool stays, so the app can shut down cleanly).
    const failing = () => {
      throw new Error('connection lost');
    };
    const { client } = knex as unknown as { client: { acquireConnection: () => Promise<unknown> } };
    const acquire = client.acquireConnection;
    client.acquireConnection = async () => failing();
    try {
      const me = await createClient(suite.app.url, bearer(value)).get('/api/access-tokens/me');
      const write = await createClient(suite.app.url, bearer(value)).post('/api/articles', { data: { title: 'x' } });
      expect(me.status).toBeGreaterThanOrEqual(500);
      expect(write.status).toBeGreaterThanOrEqual(500);
    } finally {
      client.acquireConnection = acquire;
    }
    expect((await createClient(suite.app.url, bearer(value)).get('/api/access-tokens/me')).status).toBe(200);
  });
});
