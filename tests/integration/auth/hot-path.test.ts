import { generateToken } from '../../../server/src/lib/token-format';
import { bearer, createClient } from '../helpers/http';
import { useApp } from '../helpers/setup';
import { createToken } from '../helpers/tokens';

/**
 * Counts the credential lookups the app makes while `action` runs: queries on our tokens, Strapi's built-in
 * API tokens or users-permissions users. The background revocation poll (audit table) is not one.
 */
const CREDENTIAL_TABLES = /access_tokens_tokens|strapi_api_tokens|up_users/;
const credentialQueries = async (suite: ReturnType<typeof useApp>, action: () => Promise<unknown>) => {
  const seen: string[] = [];
  const onQuery = ({ sql }: { sql: string }) => {
    if (CREDENTIAL_TABLES.test(sql) && !/last_used_at/.test(sql)) seen.push(sql);
  };
  const knex = suite.app.strapi.db.connection;
  knex.on('query', onQuery);
  try {
    await action();
  } finally {
    knex.removeListener('query', onQuery);
  }
  return seen;
};

/**
 * Resolves once the background revocation poll has answered. The poll evicts every token with a new audit entry,
 * a token just created included: a token cached before that poll is gone from the cache after it.
 */
const afterRevocationPoll = (suite: ReturnType<typeof useApp>) =>
  new Promise<void>((resolve) => {
    const knex = suite.app.strapi.db.connection;
    const onResponse = (_response: unknown, { sql }: { sql: string }) => {
      if (!/access_tokens_audit/.test(sql)) return;
      knex.removeListener('query-response', onResponse);
      resolve();
    };
    knex.on('query-response', onResponse);
  });

describe('the hot path: our tokens are served first, from memory', () => {
  const suite = useApp();

  it('authenticates a cached token without any database query (no built-in token lookup either)', async () => {
    const { value } = await createToken(suite, { name: 'hot', accessLevel: 'read-only' });
    // Two polls: the first may have started before the creation committed.
    await afterRevocationPoll(suite);
    await afterRevocationPoll(suite);
    const client = createClient(suite.app.url, bearer(value));
    expect((await client.get('/api/access-tokens/me')).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 50)); // let the lastUsedAt write land

    // If Strapi stopped calling the wrapped authenticate, the built-in API-token strategy would query first.
    const queries = await credentialQueries(suite, () => client.get('/api/access-tokens/me'));
    expect(queries).toEqual([]);
  });

  it('refuses a malformed or bad-checksum token without a database query', async () => {
    const valid = generateToken('sat_');
    for (const value of ['sat_short', valid.slice(0, -1) + (valid.endsWith('x') ? 'y' : 'x')]) {
      const queries = await credentialQueries(suite, async () => {
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
    await new Promise((resolve) => setTimeout(resolve, 100));
    const first = (await suite.adminApi.get(`/access-tokens/tokens/${id}`)).body.data.lastUsedAt;
    expect(first).not.toBeNull();
    await client.get('/api/access-tokens/me');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((await suite.adminApi.get(`/access-tokens/tokens/${id}`)).body.data.lastUsedAt).toBe(first);
  });

  it('refuses tokens sent in the query string', async () => {
    const { value } = await createToken(suite, { name: 'in query', accessLevel: 'read-only' });
    const response = await suite.http.get(`/api/articles?access_token=${value}`);
    expect(response.status).toBe(401);
    expect(response.body.error.message).toMatch(/Authorization header/);
  });

  it('accepts the Bearer scheme in any case', async () => {
    const { value } = await createToken(suite, { name: 'case', accessLevel: 'read-only' });
    const response = await suite.http.get('/api/access-tokens/me', { Authorization: `bEaReR ${value}` });
    expect(response.status).toBe(200);
  });
});
