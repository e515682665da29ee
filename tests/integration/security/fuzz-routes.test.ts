import fc from 'fast-check';

import { bearer, createClient } from '../helpers/http';
import { useApp } from '../helpers/setup';
import { createToken } from '../helpers/tokens';

/** Generated tokens look like this; only the create and regenerate responses may carry one. */
const TOKEN_VALUE = /sat_[0-9A-Za-z]{36}/;
const RUNS = Number(process.env.FUZZ_RUNS ?? 120);

const awkwardKey = fc.oneof(
  fc.constantFrom(
    '__proto__',
    'constructor',
    'prototype',
    'name',
    'accessLevel',
    'scopes',
    'validTo',
    'accessKey',
    'ipAllowlist',
    'gracePeriodSeconds',
    'sort',
    'page',
    'pageSize',
    'status'
  ),
  fc.string({ maxLength: 20 })
);

const awkwardScalar = fc.oneof(
  fc.string({ maxLength: 50 }),
  fc.string({ unit: 'grapheme', maxLength: 50 }),
  fc.string({ minLength: 5_000, maxLength: 20_000 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom(
    'read-only',
    'read-write',
    '2030-01-01T00:00:00Z',
    'not-a-date',
    '10.0.0.0/8',
    'api::article.article',
    '-1',
    '1e999'
  )
);

/** JSON with awkward keys, huge strings, unicode and nesting up to six levels. */
const awkwardJson = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small', maxDepth: 6 }, awkwardScalar, tie('array'), tie('object')),
  array: fc.array(tie('value'), { maxLength: 5 }),
  object: fc.dictionary(awkwardKey, tie('value'), { maxKeys: 6 }),
})).value;

const awkwardQuery = fc
  .dictionary(awkwardKey, fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 30 })), {
    maxKeys: 5,
  })
  .map((params) => new URLSearchParams(params).toString());

describe('every plugin route survives random and malformed input', () => {
  const suite = useApp({ ACCESS_TOKENS_THROTTLE_MAX_FAILURES: '1000000' });
  let tried = 0;
  let tokenId: number;
  let tokenValue: string;

  const counts = async () => ({
    tokens: await suite.app.strapi.db.query('plugin::access-tokens.token').count({}),
    audit: await suite.app.strapi.db.query('plugin::access-tokens.audit-entry').count({}),
  });

  const checkRefusal = async (send: () => Promise<{ status: number; body: unknown }>, { mayCreate = false } = {}) => {
    tried += 1;
    const before = await counts();
    const response = await send();
    expect(response.status).toBeLessThan(500);
    const text = JSON.stringify(response.body);
    if (!(mayCreate && response.status < 300)) expect(text).not.toMatch(TOKEN_VALUE);
    if (response.status >= 400) {
      expect(response.body).toMatchObject({ data: null, error: { status: response.status } });
      expect(await counts()).toEqual(before);
    }
  };

  beforeAll(async () => {
    ({ id: tokenId, value: tokenValue } = await createToken(suite, { name: 'fuzz target', accessLevel: 'read-write' }));
  });

  afterAll(() => {
    console.info(`fuzz: ${tried} generated requests, none answered 5xx, stored a refused change or leaked a token`);
  });

  it('POST /tokens', () =>
    fc.assert(
      fc.asyncProperty(awkwardJson, (body) =>
        checkRefusal(() => suite.adminApi.post('/access-tokens/tokens', body), { mayCreate: true })
      ),
      { numRuns: RUNS }
    ));

  it('PUT /tokens/:id', () =>
    fc.assert(
      fc.asyncProperty(awkwardJson, (body) =>
        checkRefusal(() => suite.adminApi.put(`/access-tokens/tokens/${tokenId}`, body))
      ),
      { numRuns: RUNS }
    ));

  it('POST /tokens/:id/regenerate with random bodies is refused or answers the new value once', () =>
    fc.assert(
      fc.asyncProperty(
        awkwardJson.filter((body) => typeof body !== 'object' || body === null || Object.keys(body).length > 0),
        (body) =>
          checkRefusal(() => suite.adminApi.post(`/access-tokens/tokens/${tokenId}/regenerate`, body), {
            mayCreate: true,
          })
      ),
      { numRuns: RUNS }
    ));

  it('GET /tokens and /audit with random query strings', () =>
    fc.assert(
      fc.asyncProperty(awkwardQuery, async (query) => {
        await checkRefusal(() => suite.adminApi.get(`/access-tokens/tokens?${query}`));
        await checkRefusal(() => suite.adminApi.get(`/access-tokens/audit?${query}`));
      }),
      { numRuns: RUNS }
    ));

  it('random ids on every token route', () =>
    fc.assert(
      // Dot-only ids are path segments URL parsing removes, which makes them another route.
      fc.asyncProperty(
        fc.oneof(
          fc.string({ maxLength: 30 }).filter((id) => !/^\.+$/.test(id)),
          fc.integer().map(String)
        ),
        fc.constantFrom('revoke', 'archive', 'restore'),
        async (rawId, action) => {
          const id = encodeURIComponent(rawId) || 'x';
          await checkRefusal(() => suite.adminApi.get(`/access-tokens/tokens/${id}`));
          await checkRefusal(() => suite.adminApi.post(`/access-tokens/tokens/${id}/${action}`, {}));
        }
      ),
      { numRuns: RUNS }
    ));

  it('GET /api/access-tokens/me with random, duplicated and near-miss Authorization headers', () =>
    fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ maxLength: 200 }).map((value) => `Bearer ${value}`),
          fc.string({ maxLength: 200 }),
          fc.nat({ max: tokenValue.length - 1 }).map((cut) => `Bearer ${tokenValue.slice(0, cut)}`),
          fc.constant(`Bearer ${tokenValue}, Bearer ${tokenValue}`),
          fc.constant(`Basic ${Buffer.from(`x:${tokenValue}`).toString('base64')}`)
        ),
        async (authorization) => {
          tried += 1;
          const response = await createClient(suite.app.url).get('/api/access-tokens/me', {
            Authorization: authorization.replace(/[\r\n\0]/g, ''),
          });
          expect([401, 403, 429]).toContain(response.status);
        }
      ),
      { numRuns: RUNS }
    ));

  it('a valid token still works after the fuzzing', async () => {
    const { value } = await createToken(suite, { name: 'after fuzz', accessLevel: 'read-only' });
    expect((await createClient(suite.app.url, bearer(value)).get('/api/access-tokens/me')).status).toBe(200);
  });
});
