import fc from 'fast-check';

import { bearer, createClient } from '../helpers/http';
import { useApp } from '../helpers/setup';
import { createToken, scopedReadOnly } from '../helpers/tokens';

const RUNS = Number(process.env.FUZZ_RUNS ?? 100);
const SECRET = /whsec_[A-Za-z0-9+/=]+|sat_[0-9A-Za-z]{36}/;

const awkwardText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ minLength: 3_000, maxLength: 10_000 }),
  fc.constantFrom(
    'entry.create',
    'entry.nope',
    'api::article.article',
    'api::nope.nope',
    'plugin::upload.file',
    'http://127.0.0.1:9/x',
    'ftp://x',
    'javascript:alert(1)',
    'http://user:pw@127.0.0.1/',
    '__proto__'
  )
);
const awkwardValue = fc.oneof(
  awkwardText,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(awkwardText, { maxLength: 3 }),
  fc.object({ maxDepth: 3 })
);
const subscribeBody = fc.oneof(
  fc.record(
    {
      targetUrl: awkwardValue,
      target_url: awkwardValue,
      event: awkwardValue,
      contentType: awkwardValue,
      __proto__: awkwardValue,
    },
    { requiredKeys: [] }
  ),
  fc.dictionary(
    fc.oneof(fc.constantFrom('targetUrl', 'event', 'contentType', 'constructor'), fc.string({ maxLength: 10 })),
    awkwardValue,
    { maxKeys: 6 }
  ),
  awkwardValue
);
const awkwardQuery = fc
  .dictionary(
    fc.oneof(
      fc.constantFrom('event', 'contentType', 'status', 'subscriptionId', 'tokenId', 'page', 'pageSize'),
      fc.string({ maxLength: 10 })
    ),
    fc.string({ maxLength: 200 }),
    { maxKeys: 4 }
  )
  .map((params) => new URLSearchParams(params).toString());
const awkwardId = fc
  .oneof(
    fc.string({ minLength: 1, maxLength: 20 }).filter((id) => !/^\.+$/.test(id)),
    fc.integer().map(String)
  )
  .map(encodeURIComponent);

describe('hook, delivery and settings routes survive random and malformed input', () => {
  const suite = useApp({ ACCESS_TOKENS_THROTTLE_MAX_FAILURES: '1000000' });
  let tokenApi: ReturnType<typeof createClient>;
  let tried = 0;

  const counts = async () => ({
    subscriptions: await suite.app.strapi.db.query('plugin::access-tokens.hook-subscription').count({}),
    audit: await suite.app.strapi.db.query('plugin::access-tokens.audit-entry').count({}),
  });

  /** No 5xx, Strapi's error shape on refusals, nothing stored by a refusal, no secret but in a 201 (or `secretStatus`). */
  const check = async (send: () => Promise<{ status: number; body: unknown }>, secretStatus = 201) => {
    tried += 1;
    const before = await counts();
    const response = await send();
    expect(response.status).toBeLessThan(500);
    if (response.status !== secretStatus) expect(JSON.stringify(response.body ?? '')).not.toMatch(SECRET);
    if (response.status >= 400) {
      expect(response.body).toMatchObject({ data: null, error: { status: response.status } });
      expect(await counts()).toEqual(before);
    }
  };

  beforeAll(async () => {
    const { value } = await createToken(suite, scopedReadOnly('hook fuzz', ['api::category.category']));
    tokenApi = createClient(suite.app.url, bearer(value));
  });

  afterAll(() =>
    console.info(
      `fuzz (hooks): ${tried} generated requests, none answered 5xx, stored a refused change or leaked a secret`
    )
  );

  it('POST /api/access-tokens/hooks', () =>
    fc.assert(
      fc.asyncProperty(subscribeBody, (body) => check(() => tokenApi.post('/api/access-tokens/hooks', body))),
      { numRuns: RUNS }
    ));

  it('GET /api/access-tokens/hooks/sample and DELETE /api/access-tokens/hooks/:id', () =>
    fc.assert(
      fc.asyncProperty(awkwardQuery, awkwardId, async (query, id) => {
        await check(() => tokenApi.get(`/api/access-tokens/hooks/sample?${query}`));
        await check(() => tokenApi.get(`/api/access-tokens/hooks?${query}`));
        await check(() => tokenApi.delete(`/api/access-tokens/hooks/${id}`));
      }),
      { numRuns: RUNS }
    ));

  it('admin GET /hooks, /deliveries, /scopes, /settings and POST /deliveries/:id/retry', () =>
    fc.assert(
      fc.asyncProperty(awkwardQuery, awkwardId, async (query, id) => {
        await check(() => suite.adminApi.get(`/access-tokens/hooks?${query}`));
        await check(() => suite.adminApi.get(`/access-tokens/deliveries?${query}`));
        await check(() => suite.adminApi.get(`/access-tokens/scopes?${query}`));
        await check(() => suite.adminApi.get(`/access-tokens/settings?${query}`));
        await check(() => suite.adminApi.post(`/access-tokens/deliveries/${id}/retry`, {}));
      }),
      { numRuns: RUNS }
    ));

  it('POST /hooks/:id/rotate-secret (token and admin) and admin POST /hooks/:id/replay', async () => {
    const created = await tokenApi.post('/api/access-tokens/hooks', {
      targetUrl: 'http://127.0.0.1:9/fuzz',
      event: 'entry.create',
    });
    const body = fc.oneof(
      fc.record(
        { gracePeriodSeconds: awkwardValue, since: awkwardValue, __proto__: awkwardValue },
        { requiredKeys: [] }
      ),
      fc.dictionary(
        fc.oneof(fc.constantFrom('gracePeriodSeconds', 'since', 'constructor'), fc.string({ maxLength: 10 })),
        awkwardValue,
        { maxKeys: 4 }
      ),
      awkwardValue
    );
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.constant(String(created.body.data.id)), awkwardId), body, async (id, payload) => {
        await check(() => tokenApi.post(`/api/access-tokens/hooks/${id}/rotate-secret`, payload), 200);
        await check(() => suite.adminApi.post(`/access-tokens/hooks/${id}/rotate-secret`, payload), 200);
        await check(() => suite.adminApi.post(`/access-tokens/hooks/${id}/replay`, payload));
      }),
      { numRuns: RUNS }
    );
  });
});
