import { afterRevocationPollSaw, holdNextTokenLookup } from '../helpers/hold-reads';
import { bearer, createClient } from '../helpers/http';
import { startInstance, type Instance } from '../helpers/instances';
import { useApp, type Suite } from '../helpers/setup';
import { createToken } from '../helpers/tokens';
import { statusesSentAfter, untilPassed, waitFor } from '../helpers/wait';

const AUDIT_ENTRY_UID = 'plugin::access-tokens.audit-entry';
const ONE_SECOND = 1000;
/** How long a test keeps sending requests, at most, to collect enough sent after the bound on a busy machine. */
const DEADLINE = 20 * ONE_SECOND;
/** 401, or 429 once the failed-attempt throttle counts the refusals: never served, never failed. */
const refused = (status: number) => status === 401 || status === 429;

/**
 * A request that missed the cache reads the token, the token is revoked and every eviction has run, then the
 * request stores what it read. The stale row must not be served afterwards.
 */
const raceOneFill = async (suite: Suite, revoke: (id: number) => Promise<{ status: number }>) => {
  const { id, value } = await createToken(suite, { name: `raced ${Date.now()}`, accessLevel: 'read-only' });
  const client = createClient(suite.app.url, bearer(value));

  const lookup = holdNextTokenLookup(suite.app.strapi);
  const inFlight = client.get('/api/access-tokens/me');
  await lookup.held; // the row read while the token was active

  expect((await revoke(id)).status).toBe(200);
  const revokedAt = Date.now();
  await afterRevocationPollSaw(suite.app.strapi, id); // the local eviction and the poll's are both done
  lookup.release();
  expect((await inFlight).status).toBe(200); // it started before the revocation

  await untilPassed(revokedAt + ONE_SECOND);
  const afterwards = await Promise.all(Array.from({ length: 5 }, () => client.get('/api/access-tokens/me')));
  expect(afterwards.map((response) => response.status)).toEqual([401, 401, 401, 401, 401]);
  return value;
};

describe('the authentication cache never stores a row read before a revocation', () => {
  const suite = useApp();

  it('revoked on this instance while a request was reading it', async () => {
    await raceOneFill(suite, (id) => suite.adminApi.post(`/access-tokens/tokens/${id}/revoke`));
  });
});

/**
 * Every refusal of a revoked value counts toward the failed-attempt throttle of the one test client (127.0.0.1):
 * without room for them, a later test's new token is answered 429 before it is ever served.
 */
const ROOM_FOR_REFUSALS = { ACCESS_TOKENS_THROTTLE_MAX_FAILURES: '1000' };

describe('two instances: a revocation made on the other one', () => {
  const suite = useApp({ ACCESS_TOKENS_CACHE_MAX_ENTRIES: '2', ...ROOM_FOR_REFUSALS });
  let other: Instance;
  let otherAdmin: ReturnType<typeof createClient>;

  beforeAll(async () => {
    other = await startInstance(suite.app.database.env, ROOM_FOR_REFUSALS);
    otherAdmin = createClient(other.url, bearer(suite.admin.jwt));
  }, 120_000);
  afterAll(() => other?.stop());

  it('is refused by both instances one second after the revocation', async () => {
    const value = await raceOneFill(suite, (id) => otherAdmin.post(`/access-tokens/tokens/${id}/revoke`));
    expect((await createClient(other.url, bearer(value)).get('/api/access-tokens/me')).status).toBe(401);
  });

  it('stops serving its cache while its revocation poll fails, so a revocation it cannot see still ends the token', async () => {
    const { id, value } = await createToken(suite, { name: 'poll down', accessLevel: 'read-only' });
    const client = createClient(suite.app.url, bearer(value));
    expect((await client.get('/api/access-tokens/me')).status).toBe(200); // cached on this instance
    const failPolls = suite.app.strapi.db.lifecycles.subscribe({
      models: [AUDIT_ENTRY_UID],
      async beforeFindMany() {
        throw new Error('revocation poll failing for the test');
      },
    });
    try {
      expect((await otherAdmin.post(`/access-tokens/tokens/${id}/revoke`)).status).toBe(200);
      const revokedAt = Date.now();
      // revokedAt is after the revocation committed.
      const late = await statusesSentAfter(revokedAt + ONE_SECOND, () => client.get('/api/access-tokens/me'), {
        timeoutMs: DEADLINE,
      });
      expect(late.filter((status) => !refused(status))).toEqual([]);
    } finally {
      setImmediate(failPolls);
    }
  });

  it('under concurrent requests on both instances, no request sent a second after the revocation succeeds', async () => {
    const target = await createToken(suite, { name: 'hammered', accessLevel: 'read-only' });
    // Other tokens in the same loops push the target out of the small caches (maxEntries=2): it is refilled over and over.
    const others = await Promise.all(
      [1, 2, 3].map((n) => createToken(suite, { name: `noise ${n}`, accessLevel: 'read-only' }))
    );
    const urls = [suite.app.url, other.url];
    const served = new Map(urls.map((url) => [url, 0]));
    const late: { url: string; status: number }[] = [];
    const lateOn = (url: string) => late.filter((answer) => answer.url === url).length;
    let revokedAt = Infinity;
    let stop = false;

    const loop = async (url: string, offset: number) => {
      for (let i = offset; !stop; i += 1) {
        const value = i % 2 === 0 ? target.value : others[i % others.length].value;
        const sentAt = Date.now();
        const { status } = await createClient(url, bearer(value)).get('/api/access-tokens/me');
        if (value === target.value && status === 200) served.set(url, (served.get(url) ?? 0) + 1);
        if (value === target.value && sentAt >= revokedAt + ONE_SECOND) late.push({ url, status });
      }
    };
    const loops = urls.flatMap((url) => [0, 1, 2].map((offset) => loop(url, offset)));

    try {
      // The target is being served, and refilled, on both instances when it is revoked.
      await waitFor(() => urls.every((url) => (served.get(url) ?? 0) >= 3), {
        timeoutMs: DEADLINE,
        what: 'the target served on both instances',
      });
      expect((await otherAdmin.post(`/access-tokens/tokens/${target.id}/revoke`)).status).toBe(200);
      revokedAt = Date.now();
      await waitFor(() => urls.every((url) => lateOn(url) >= 3), {
        timeoutMs: DEADLINE,
        what: 'requests sent a second after the revocation',
      });
    } finally {
      stop = true;
      await Promise.all(loops);
    }
    expect(late.filter(({ status }) => !refused(status))).toEqual([]);
  });
});
