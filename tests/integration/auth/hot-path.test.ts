import { generateToken } from '../../../server/src/lib/token-format';
import { bearer, createClient } from '../helpers/http';
import { createSettledToken, credentialQueries, expectTokenInQueryRefused } from '../helpers/queries';
import { useApp, type Suite } from '../helpers/setup';
import { createToken } from '../helpers/tokens';
import { waitFor } from '../helpers/wait';

const TOKEN_UID = 'plugin::access-tokens.token';

const lastUsedAtOf = async (suite: Suite, id: number) =>
  (
    (await suite.app.strapi.db.query(TOKEN_UID).findOne({ where: { id }, select: ['lastUsedAt'] })) as {
      lastUsedAt: string | null;
    }
  ).lastUsedAt;

/** How many `lastUsedAt` writes `action` caused: those issued until a marker token's first use, queued after it, is written. */
const lastUsedWritesOf = async (suite: Suite, action: () => Promise<unknown>) => {
  const marker = await createToken(suite, { name: `marker ${Date.now()}`, accessLevel: 'read-only' });
  const writes: string[] = [];
  const knex = suite.app.strapi.db.connection;
  const onQuery = ({ sql }: { sql: string }) => {
    if (/^update .*access_tokens_tokens.*last_used_at/i.test(sql)) writes.push(sql);
  };
  knex.on('query', onQuery);
  try {
    await action();
    // Writes are queued after the response, in order: once the marker's is written, an earlier one was issued.
    await createClient(suite.app.url, bearer(marker.value)).get('/api/access-tokens/me');
    await waitFor(() => lastUsedAtOf(suite, marker.id), { what: "the marker's lastUsedAt" });
  } finally {
    knex.removeListener('query', onQuery);
  }
  return writes.length - 1; // the marker's
};

describe('the hot path: our tokens are served first, from memory', () => {
  const suite = useApp();

  it('authenticates a cached token without a credential lookup (no built-in token lookup either)', async () => {
    const { value } = await createSettledToken(suite, { name: 'hot', accessLevel: 'read-only' });
    const client = createClient(suite.app.url, bearer(value));
    expect((await client.get('/api/articles')).status).toBe(200);

    // If Strapi stopped calling the wrapped authenticate, the built-in API-token strategy would query first
    // (/api/articles accepts every strategy).
    const queries = await credentialQueries(suite.app.strapi, () => client.get('/api/articles'));
    expect(queries).toEqual([]);
  });

  it('serves a rate-limited cached token without a credential lookup: its counter is not in the database', async () => {
    const { value } = await createSettledToken(suite, {
      name: 'hot limited',
      accessLevel: 'read-only',
      rateLimit: { limit: 100, windowSeconds: 60 },
    });
    const client = createClient(suite.app.url, bearer(value));
    expect((await client.get('/api/articles')).status).toBe(200);

    const queries = await credentialQueries(suite.app.strapi, async () => {
      const response = await client.get('/api/articles');
      expect(response.headers.get('ratelimit')).toMatch(/^"default";r=98;t=\d+$/);
    });
    expect(queries).toEqual([]);
  });

  it('refuses a malformed or bad-checksum token without a database query', async () => {
    const valid = generateToken('sat_');
    for (const value of ['sat_short', valid.slice(0, -1) + (valid.endsWith('x') ? 'y' : 'x')]) {
      const queries = await credentialQueries(suite.app.strapi, async () => {
        const response = await createClient(suite.app.url, bearer(value)).get('/api/access-tokens/me');
        expect(response.status).toBe(401);
      });
      expect(queries).toEqual([]);
    }
  });

  it('writes lastUsedAt at most once a minute', async () => {
    const { id, value } = await createToken(suite, { name: 'usage', accessLevel: 'read-only' });
    const client = createClient(suite.app.url, bearer(value));
    await client.get('/api/access-tokens/me');
    const first = await waitFor(() => lastUsedAtOf(suite, id), { what: 'the first lastUsedAt write' });
    expect(await lastUsedWritesOf(suite, () => client.get('/api/access-tokens/me'))).toBe(0);
    expect(await lastUsedAtOf(suite, id)).toEqual(first);
  });

  it('refuses tokens sent in the query string', async () => {
    await expectTokenInQueryRefused(suite, 'in query');
  });

  it('accepts the Bearer scheme in any case', async () => {
    const { value } = await createToken(suite, { name: 'case', accessLevel: 'read-only' });
    const response = await suite.http.get('/api/access-tokens/me', { Authorization: `bEaReR ${value}` });
    expect(response.status).toBe(200);
  });
});
