import { generateToken } from '../../../server/src/lib/token-format';
import { bearer, createClient, uploadFile } from '../helpers/http';
import { futureIso, useApp } from '../helpers/setup';
import { createToken, expireToken } from '../helpers/tokens';

type Operation = 'list' | 'one' | 'create' | 'update' | 'delete' | 'pluginGet' | 'customRoute' | 'upload';

const OPERATIONS: Operation[] = ['list', 'one', 'create', 'update', 'delete', 'pluginGet', 'customRoute', 'upload'];

const ALL = (status: number) => Object.fromEntries(OPERATIONS.map((op) => [op, status])) as Record<Operation, number>;

/** What a read-write token may do; the old value of a rotated token, during its grace period, may do the same. */
const READ_WRITE: Record<Operation, number> = {
  list: 200,
  one: 200,
  create: 201,
  update: 200,
  delete: 204,
  pluginGet: 200,
  customRoute: 200,
  upload: 201,
};

/** Expected status of every operation for every kind of credential. */
const EXPECTED: Record<string, Record<Operation, number>> = {
  'no token': ALL(403),
  malformed: ALL(401),
  'bad checksum': ALL(401),
  unknown: ALL(401),
  revoked: ALL(401),
  expired: ALL(401),
  scheduled: ALL(401),
  archived: ALL(401),
  'wrong IP': ALL(401),
  'grace-period old value': READ_WRITE,
  'read-only': {
    list: 200,
    one: 200,
    create: 403,
    update: 403,
    delete: 403,
    pluginGet: 200,
    customRoute: 200,
    upload: 403,
  },
  'read-write': READ_WRITE,
  'scoped to categories': {
    list: 403,
    one: 403,
    create: 403,
    update: 403,
    delete: 403,
    pluginGet: 403,
    customRoute: 403,
    upload: 403,
  },
};

describe('content-API authentication matrix', () => {
  // The matrix sends far more refused tokens than the throttle allows from one address.
  const suite = useApp({ ACCESS_TOKENS_THROTTLE_MAX_FAILURES: '100000' });
  const credentials: Record<string, string | null> = {};

  beforeAll(async () => {
    const make = (name: string, extra: Record<string, unknown> = {}) =>
      createToken(suite, { name, accessLevel: 'read-write', ...extra });

    credentials['no token'] = null;
    credentials.malformed = 'sat_not-a-token';
    const valid = generateToken('sat_');
    credentials['bad checksum'] = valid.slice(0, -1) + (valid.endsWith('A') ? 'B' : 'A');
    credentials.unknown = generateToken('sat_');

    const revoked = await make('revoked');
    await suite.adminApi.post(`/access-tokens/tokens/${revoked.id}/revoke`);
    credentials.revoked = revoked.value;

    const expired = await make('expired', { validTo: futureIso(1) });
    await expireToken(suite, expired.id);
    credentials.expired = expired.value;

    credentials.scheduled = (await make('scheduled', { validFrom: futureIso(1) })).value;

    const archived = await make('archived');
    await suite.adminApi.post(`/access-tokens/tokens/${archived.id}/archive`);
    credentials.archived = archived.value;

    credentials['wrong IP'] = (await make('wrong ip', { ipAllowlist: ['10.0.0.0/8'] })).value;

    const rotated = await make('rotated');
    await suite.adminApi.post(`/access-tokens/tokens/${rotated.id}/regenerate`, { gracePeriodSeconds: 3600 });
    credentials['grace-period old value'] = rotated.value;

    credentials['read-only'] = (
      await make('read only', { accessLevel: 'read-only', ipAllowlist: ['127.0.0.0/8', '::1'] })
    ).value;
    credentials['read-write'] = (await make('read write')).value;
    credentials['scoped to categories'] = (await make('scoped', { scopes: ['api::category.category'] })).value;
  });

  const newArticle = async () =>
    (
      await suite.app.strapi
        .documents('api::article.article')
        .create({ data: { title: 'Fixture', internalNote: 'secret note' }, status: 'published' })
    ).documentId;

  const run = async (operation: Operation, token: string | null) => {
    const client = createClient(suite.app.url, token ? bearer(token) : {});
    switch (operation) {
      case 'list':
        return client.get('/api/articles');
      case 'one':
        return client.get(`/api/articles/${await newArticle()}`);
      case 'create':
        return client.post('/api/articles', { data: { title: 'Created by a token' } });
      case 'update':
        return client.put(`/api/articles/${await newArticle()}`, { data: { title: 'Updated by a token' } });
      case 'delete':
        return client.delete(`/api/articles/${await newArticle()}`);
      case 'pluginGet':
        return client.get('/api/upload/files');
      case 'customRoute':
        return client.get('/api/reports/articles');
      case 'upload':
        return uploadFile(suite.app.url, token ? bearer(token) : {});
    }
  };

  const cases = Object.entries(EXPECTED).flatMap(([credential, statuses]) =>
    OPERATIONS.map((operation) => [credential, operation, statuses[operation]] as const)
  );

  it.each(cases)('%s -> %s answers %i', async (credential, operation, expected) => {
    const response = await run(operation, credentials[credential]);
    expect({ credential, operation, status: response.status }).toEqual({ credential, operation, status: expected });
    if (expected === 401 || expected === 403) {
      expect(response.body).toMatchObject({ data: null, error: { status: expected } });
    }
  });

  it('never sends private fields to a token', async () => {
    await newArticle();
    const response = await createClient(suite.app.url, bearer(credentials['read-write'] as string)).get(
      '/api/articles'
    );
    expect(response.status).toBe(200);
    expect(response.body.data.length).toBeGreaterThan(0);
    for (const article of response.body.data) expect(article).not.toHaveProperty('internalNote');
  });
});
