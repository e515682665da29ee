import { createAdmin } from '../helpers/admin';
import { bearer, createClient } from '../helpers/http';
import { useApp } from '../helpers/setup';
import { createToken } from '../helpers/tokens';
import { untilPassed, waitFor } from '../helpers/wait';
import { startReceiver, type Receiver } from './receiver';

const DELIVERY_UID = 'plugin::access-tokens.hook-delivery';
const SUBSCRIPTION_UID = 'plugin::access-tokens.hook-subscription';

interface Row {
  id: number;
  webhookId: string;
  status: string;
  attempts: number;
  payload: string;
  createdAt: string;
}

describe('replaying the failed deliveries of a subscription (admin API)', () => {
  // A failing delivery is retried once after 0.2 s, then waits an hour (`failed`); one more failure makes it `dead`.
  // Concurrency 2 leaves one delivery in flight per subscription, so arrivals follow the order of the claims.
  const suite = useApp({ ACCESS_TOKENS_HOOKS_RETRY_SCHEDULE: '0.2,3600', ACCESS_TOKENS_HOOKS_CONCURRENCY: '2' });
  let receiver: Receiver;
  let writer: ReturnType<typeof createClient>;
  let token: { id: number; value: string };
  let subscriptionId: number;
  let failing = true;

  beforeAll(async () => {
    receiver = await startReceiver();
    token = await createToken(suite, { name: 'replayed', accessLevel: 'read-write' });
    writer = createClient(suite.app.url, bearer(token.value));
    const created = await writer.post('/api/access-tokens/hooks', {
      targetUrl: receiver.url('/replay'),
      event: 'entry.create',
      contentType: 'api::category.category',
    });
    subscriptionId = created.body.data.id;
    receiver.expect('/replay', created.body.data.secret, () => ({ status: failing ? 500 : 200 }));
  });
  afterAll(() => receiver?.close());

  const rows = async () =>
    (await suite.app.strapi.db
      .query(DELIVERY_UID)
      .findMany({ where: { subscriptionId }, orderBy: { id: 'asc' } })) as Row[];

  const poll = <T>(what: string, check: () => Promise<T | undefined>) =>
    waitFor(check, { timeoutMs: 15_000, intervalMs: 50, what }).catch(async (error: Error) => {
      throw new Error(`${error.message}: ${JSON.stringify((await rows()).map(({ payload: _, ...row }) => row))}`);
    });

  /** Creates a category and waits until its delivery has succeeded, or failed twice and waits for an hour. */
  const deliver = async (name: string, status: 'succeeded' | 'failed') => {
    expect((await writer.post('/api/categories', { data: { name } })).status).toBe(201);
    const settled = (row: Row) => row.status === status && (status === 'succeeded' || row.attempts === 2);
    return poll(`delivery of ${name} ${status}`, async () =>
      (await rows()).find((row) => JSON.parse(row.payload).entry.name === name && settled(row))
    );
  };

  const waitForStatus = (webhookIds: string[], status: string) =>
    poll(`${webhookIds.join(', ')} ${status}`, async () => {
      const current = (await rows()).filter((row) => webhookIds.includes(row.webhookId));
      return current.every((row) => row.status === status) ? current : undefined;
    });

  const replay = (since: string, id = subscriptionId) =>
    suite.adminApi.post(`/access-tokens/hooks/${id}/replay`, { since });

  it('sends each failed or dead delivery since the given time once, in order, with its webhook-id; nothing older, nothing that succeeded', async () => {
    const before = await deliver('before', 'failed');
    await untilPassed(before.createdAt);
    const since = new Date().toISOString();

    // Replayed while the receiver still fails: these end dead.
    const a = await deliver('A', 'failed');
    const b = await deliver('B', 'failed');
    expect((await replay(since)).body).toEqual({ data: { replayed: 2 } });
    await waitForStatus([a.webhookId, b.webhookId], 'dead');

    failing = false;
    const succeeded = await deliver('S', 'succeeded');
    failing = true;
    const c = await deliver('C', 'failed');
    const d = await deliver('D', 'failed');

    failing = false;
    const seen = receiver.at('/replay').length;
    // Twice at once, as a double click would: each delivery is queued by one of them.
    const [first, second] = await Promise.all([replay(since), replay(since)]);
    expect([first.status, second.status]).toEqual([200, 200]);
    expect(first.body.data.replayed + second.body.data.replayed).toBe(4);

    const expected = [a, b, c, d].map((row) => row.webhookId);
    await waitForStatus(expected, 'succeeded');
    // Nothing of this subscription is queued any more, so nothing else can arrive.
    const final = await rows();
    expect(final.filter((row) => ['pending', 'delivering'].includes(row.status))).toEqual([]);
    expect(final.find((row) => row.id === before.id)).toMatchObject({ status: 'failed', attempts: 2 });
    expect(final.find((row) => row.id === succeeded.id)).toMatchObject({ status: 'succeeded', attempts: 1 });

    const replayed = receiver.at('/replay').slice(seen);
    expect(replayed.map((request) => request.headers['webhook-id'])).toEqual(expected);
    expect(replayed.every((request) => request.verified)).toBe(true);
    expect(replayed.map((request) => request.json.entry.name)).toEqual(['A', 'B', 'C', 'D']);

    expect((await replay(since)).body).toEqual({ data: { replayed: 0 } });
    const audit = await suite.adminApi.get(`/access-tokens/audit?action=hook.replay&tokenId=${token.id}`);
    expect(audit.body.data).toHaveLength(4);
    expect(audit.body.data[0]).toMatchObject({
      subjectId: subscriptionId,
      actor: { email: suite.admin.email },
      changes: { since: { to: since }, replayed: { to: 0 } },
    });
  });

  it.each([
    ['no since', {}],
    ['a since that is not a date', { since: 'yesterday' }],
    ['a since in the future', { since: new Date(Date.now() + 3_600_000).toISOString() }],
    ['an unknown field', { since: new Date().toISOString(), status: 'succeeded' }],
  ])('refuses %s with 400 naming the field', async (_, body) => {
    const response = await suite.adminApi.post(`/access-tokens/hooks/${subscriptionId}/replay`, body);
    expect(response.status).toBe(400);
    const field = 'status' in body ? 'status' : 'since';
    expect(response.body.error.details.errors.map((error: { path: string[] }) => error.path.join('.'))).toEqual([
      field,
    ]);
  });

  it('answers 404 for an unknown subscription and 403 to an admin who may not update', async () => {
    const since = new Date(Date.now() - 60_000).toISOString();
    expect((await replay(since, 999_999)).status).toBe(404);
    const reader = await createAdmin(suite.app.strapi, suite.app.url, { actions: ['plugin::access-tokens.read'] });
    expect(
      (
        await createClient(suite.app.url, bearer(reader.jwt)).post(`/access-tokens/hooks/${subscriptionId}/replay`, {
          since,
        })
      ).status
    ).toBe(403);
  });

  it('refuses a disabled subscription, or one whose token is not active, with a clear 400', async () => {
    const since = new Date(Date.now() - 60_000).toISOString();
    const other = await createToken(suite, { name: 'revoked later', accessLevel: 'read-only' });
    const hooks = createClient(suite.app.url, bearer(other.value));
    const created = await hooks.post('/api/access-tokens/hooks', {
      targetUrl: receiver.url('/elsewhere'),
      event: 'entry.create',
    });
    const id = created.body.data.id;

    await suite.app.strapi.db.query(SUBSCRIPTION_UID).update({ where: { id }, data: { disabledAt: new Date() } });
    const disabled = await replay(since, id);
    expect(disabled.status).toBe(400);
    expect(disabled.body.error.message).toMatch(/subscription is disabled/);

    await suite.app.strapi.db.query(SUBSCRIPTION_UID).update({ where: { id }, data: { disabledAt: null } });
    expect((await suite.adminApi.post(`/access-tokens/tokens/${other.id}/revoke`)).status).toBe(200);
    const revoked = await replay(since, id);
    expect(revoked.status).toBe(400);
    expect(revoked.body.error.message).toMatch(/access token of this subscription is revoked/);
  });
});
