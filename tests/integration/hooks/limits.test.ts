import { bearer, createClient } from '../helpers/http';
import { useApp } from '../helpers/setup';
import { createToken } from '../helpers/tokens';
import { waitFor } from '../helpers/wait';

const SUBSCRIPTION_UID = 'plugin::access-tokens.hook-subscription';
const DELIVERY_UID = 'plugin::access-tokens.hook-delivery';
const AUDIT_UID = 'plugin::access-tokens.audit-entry';
const MAX = 3;
const DAY_MS = 86_400_000;

describe('REST hooks: bounded subscriptions and pruned deliveries', () => {
  const suite = useApp({ ACCESS_TOKENS_HOOKS_MAX_SUBSCRIPTIONS_PER_TOKEN: String(MAX) });
  const target = (n: number) => ({ targetUrl: `http://127.0.0.1:9/hook/${n}`, event: 'entry.create' });

  const tokenClient = async (name: string) => {
    const token = await createToken(suite, { name, accessLevel: 'read-only' });
    return { id: token.id, api: createClient(suite.app.url, bearer(token.value)) };
  };
  const held = (tokenId: number) => suite.app.strapi.db.query(SUBSCRIPTION_UID).count({ where: { tokenId } });

  it(`refuses a token's subscription beyond hooks.maxSubscriptionsPerToken (${MAX}) and stores nothing`, async () => {
    const { id, api } = await tokenClient('at the cap');
    for (let n = 0; n < MAX; n += 1) expect((await api.post('/api/access-tokens/hooks', target(n))).status).toBe(201);
    const audited = await suite.app.strapi.db.query(AUDIT_UID).count({});

    const refused = await api.post('/api/access-tokens/hooks', target(MAX));
    expect(refused.status).toBe(400);
    expect(refused.body.error).toMatchObject({ name: 'ValidationError', details: { maxSubscriptionsPerToken: MAX } });
    expect(refused.body.error.message).toContain(`the most allowed (${MAX})`);
    expect(refused.body.error.details.errors[0].message).toBe(refused.body.error.message);
    expect(await held(id)).toBe(MAX);
    expect(await suite.app.strapi.db.query(AUDIT_UID).count({})).toBe(audited);

    // Another token has its own allowance; unsubscribing makes room again.
    expect((await (await tokenClient('other token')).api.post('/api/access-tokens/hooks', target(0))).status).toBe(201);
    const [first] = (await api.get('/api/access-tokens/hooks')).body.data;
    expect((await api.delete(`/api/access-tokens/hooks/${first.id}`)).status).toBe(204);
    expect((await api.post('/api/access-tokens/hooks', target(MAX))).status).toBe(201);
  });

  it('does not overshoot when 8 subscribes race for the last place', async () => {
    const { id, api } = await tokenClient('racing');
    for (let n = 0; n < MAX - 1; n += 1)
      expect((await api.post('/api/access-tokens/hooks', target(n))).status).toBe(201);
    const statuses = (
      await Promise.all(Array.from({ length: 8 }, (_, n) => api.post('/api/access-tokens/hooks', target(10 + n))))
    ).map((r) => r.status);
    expect(statuses.sort()).toEqual([201, 400, 400, 400, 400, 400, 400, 400]);
    expect(await held(id)).toBe(MAX);
  });

  it('prunes succeeded and dead deliveries older than hooks.retentionDays, and nothing else', async () => {
    const now = Date.now();
    const later = new Date(now + 30 * DAY_MS); // never due while the test runs
    const row = (name: string, status: string, ageDays: number) => ({
      subscriptionId: 999_999,
      webhookId: `msg_retention_${name}`,
      event: 'entry.create',
      payload: '{}',
      status,
      nextAttemptAt: status === 'pending' || status === 'failed' ? later : null,
      createdAt: new Date(now - ageDays * DAY_MS),
      updatedAt: new Date(now - ageDays * DAY_MS),
    });
    await suite.app.strapi.db.query(DELIVERY_UID).createMany({
      data: [
        row('old-succeeded', 'succeeded', 31),
        row('old-dead', 'dead', 45),
        row('recent-succeeded', 'succeeded', 29),
        row('old-failed', 'failed', 40),
        row('old-pending', 'pending', 40),
      ],
    });
    const remaining = async () =>
      (
        (await suite.app.strapi.db
          .query(DELIVERY_UID)
          .findMany({ where: { webhookId: { $startsWith: 'msg_retention_' } }, orderBy: { id: 'asc' } })) as {
          webhookId: string;
        }[]
      ).map((delivery) => delivery.webhookId.slice('msg_retention_'.length));

    // A worker that starts prunes at once, then once an interval.
    const worker = suite.app.strapi.plugin('access-tokens').service('hookDispatcher');
    await worker.stop();
    worker.start();
    await waitFor(async () => (await remaining()).length <= 3, { timeoutMs: 5_000, what: 'the first prune' });
    expect(await remaining()).toEqual(['recent-succeeded', 'old-failed', 'old-pending']);

    // Idempotent: pruning again, as another instance would, deletes nothing more.
    expect(await suite.app.strapi.plugin('access-tokens').service('hookRetention').prune()).toBe(0);
    expect(await remaining()).toEqual(['recent-succeeded', 'old-failed', 'old-pending']);
  });
});
