import { bearer, createClient } from '../helpers/http';
import { afterWorkerPolls } from '../helpers/queries';
import { expectConflict } from '../helpers/errors';
import { useApp } from '../helpers/setup';
import { createToken } from '../helpers/tokens';
import { waitFor } from '../helpers/wait';
import { startReceiver, type Receiver, type Reply } from './receiver';

const DELIVERY_UID = 'plugin::access-tokens.hook-delivery';
const SUBSCRIPTION_UID = 'plugin::access-tokens.hook-subscription';

describe('REST hook retries', () => {
  // Retries after 0.2 s four times, then 4 s (the longest delay, which caps Retry-After); 1 s timeout.
  const suite = useApp({ ACCESS_TOKENS_HOOKS_RETRY_SCHEDULE: '0.2,0.2,0.2,4', ACCESS_TOKENS_HOOKS_TIMEOUT_MS: '1000' });
  let receiver: Receiver;
  let token: { id: number; value: string };
  let counter = 0;

  beforeAll(async () => {
    receiver = await startReceiver();
    token = await createToken(suite, { name: 'retried', accessLevel: 'read-write' });
  });
  afterAll(() => receiver?.close());

  /** Subscribes a fresh path to category creations, creates one category, returns the path and subscription id. */
  const deliverOne = async (
    reply: (count: number) => Reply,
    beforeChange?: (subscriptionId: number) => Promise<unknown>
  ) => {
    counter += 1;
    const path = `/retry/${counter}`;
    const client = createClient(suite.app.url, bearer(token.value));
    const created = await client.post('/api/access-tokens/hooks', {
      targetUrl: receiver.url(path),
      event: 'entry.create',
      contentType: 'api::category.category',
    });
    receiver.expect(path, created.body.data.secret, reply);
    await beforeChange?.(created.body.data.id);
    await client.post('/api/categories', { data: { name: `category ${counter}` } });
    return { path, subscriptionId: created.body.data.id as number };
  };

  const deliveriesOf = async (subscriptionId: number) =>
    (await suite.adminApi.get(`/access-tokens/deliveries?subscriptionId=${subscriptionId}`)).body.data;

  const waitForStatus = async (subscriptionId: number, status: string) => {
    const [delivery] = await waitFor(
      async () => {
        const found = await deliveriesOf(subscriptionId);
        return found[0]?.status === status && found;
      },
      { timeoutMs: 30_000, what: `delivery of subscription ${subscriptionId} becoming ${status}` }
    );
    return delivery;
  };

  const retryEntriesOf = async (subscriptionId: number) =>
    (
      await suite.adminApi.get(`/access-tokens/audit?action=hook.retry&tokenId=${token.id}&pageSize=100`)
    ).body.data.filter((entry: { subjectId: number }) => entry.subjectId === subscriptionId);
  const retryEntry = (subscriptionId: number, deliveryId: number, reenabled: boolean) => ({
    id: expect.any(Number),
    action: 'hook.retry',
    subjectType: 'hook',
    subjectId: subscriptionId,
    subjectName: expect.stringContaining('/retry/'),
    tokenId: token.id,
    actor: expect.objectContaining({ id: suite.admin.id }),
    changes: {
      deliveryId: { from: null, to: deliveryId },
      reenabledSubscription: { from: null, to: reenabled },
    },
    createdAt: expect.any(String),
  });

  const queuedFor = (subscriptionId: number) =>
    suite.app.strapi.db.query(DELIVERY_UID).count({ where: { subscriptionId } });

  /**
   * Creates a category, and resolves once a witness subscribed to it has its delivery queued: the deliveries of one
   * change are queued together (one insert), so any other subscription's is queued by then too.
   */
  const createCategoryWitnessed = async (name: string) => {
    const client = createClient(suite.app.url, bearer(token.value));
    const witness = await client.post('/api/access-tokens/hooks', {
      targetUrl: receiver.url(`/witness/${name}`),
      event: 'entry.create',
      contentType: 'api::category.category',
    });
    await client.post('/api/categories', { data: { name } });
    await waitFor(async () => (await queuedFor(witness.body.data.id)) > 0, {
      what: `the witness delivery of "${name}"`,
    });
    await client.delete(`/api/access-tokens/hooks/${witness.body.data.id}`);
  };

  it('retries a failing receiver with the same webhook-id until it succeeds, logging each attempt', async () => {
    const { path, subscriptionId } = await deliverOne((n) => ({ status: n <= 2 ? 500 : 200 }));
    const delivery = await waitForStatus(subscriptionId, 'succeeded');
    const requests = receiver.at(path);
    expect(requests).toHaveLength(3);
    expect(requests.every((request) => request.verified)).toBe(true);
    expect(new Set(requests.map((request) => request.headers['webhook-id']))).toEqual(new Set([delivery.webhookId]));
    expect(new Set(requests.map((request) => request.body)).size).toBe(1);
    expect(requests[1].at - requests[0].at).toBeGreaterThanOrEqual(150);
    // Scheduled 0.2 s later: well before the next delay of the schedule (4 s), however busy the machine.
    expect(requests[1].at - requests[0].at).toBeLessThan(4000);
    expect(delivery).toMatchObject({ attempts: 3, lastStatusCode: 200, lastError: null });
    expect(delivery.attemptLog.map((attempt: { statusCode: number }) => attempt.statusCode)).toEqual([500, 500, 200]);
    expect(delivery.attemptLog[0].error).toBe('HTTP 500');
  });

  it('waits as long as Retry-After asks on 503', async () => {
    const { path, subscriptionId } = await deliverOne((n) =>
      n === 1 ? { status: 503, headers: { 'Retry-After': '2' } } : { status: 200 }
    );
    await waitForStatus(subscriptionId, 'succeeded');
    const [first, second] = receiver.at(path);
    expect(second.at - first.at).toBeGreaterThanOrEqual(1900);
  });

  it('times out a receiver that does not answer, and retries it', async () => {
    const { path, subscriptionId } = await deliverOne((n) =>
      n === 1 ? { status: 200, delayMs: 2500 } : { status: 200 }
    );
    const delivery = await waitForStatus(subscriptionId, 'succeeded');
    expect(receiver.at(path).length).toBeGreaterThanOrEqual(2);
    expect(delivery.attemptLog[0]).toMatchObject({ statusCode: null, error: expect.stringContaining('timed out') });
  });

  it('gives up when the schedule is exhausted', async () => {
    const { path, subscriptionId } = await deliverOne(() => ({ status: 500 }));
    const delivery = await waitForStatus(subscriptionId, 'dead');
    expect(receiver.at(path)).toHaveLength(5);
    expect(delivery).toMatchObject({ attempts: 5, lastStatusCode: 500, nextAttemptAt: null });
  });

  it('removes the subscription on 410 Gone', async () => {
    const { path, subscriptionId } = await deliverOne(() => ({ status: 410 }));
    await waitForStatus(subscriptionId, 'dead');
    expect(await suite.app.strapi.db.query(SUBSCRIPTION_UID).findOne({ where: { id: subscriptionId } })).toBeNull();
    const hooks = await createClient(suite.app.url, bearer(token.value)).get('/api/access-tokens/hooks');
    expect(hooks.body.data.map((hook: { id: number }) => hook.id)).not.toContain(subscriptionId);
    await createCategoryWitnessed('after gone');
    expect(await queuedFor(subscriptionId)).toBe(1);
    expect(receiver.at(path)).toHaveLength(1);
  });

  it('disables a subscription that has failed for too long; an admin retry revives it with the same webhook-id', async () => {
    // As if the receiver had been failing for six days (the default limit is five).
    const failingForDays = (id: number) =>
      suite.app.strapi.db
        .query(SUBSCRIPTION_UID)
        .update({ where: { id }, data: { failingSince: new Date(Date.now() - 6 * 86_400_000) } });
    const { path, subscriptionId } = await deliverOne((n) => ({ status: n === 1 ? 500 : 200 }), failingForDays);
    const dead = await waitForStatus(subscriptionId, 'dead');
    expect(dead.attempts).toBe(1);
    const [hook] = (await suite.adminApi.get('/access-tokens/hooks?pageSize=100')).body.data.filter(
      (h: { id: number }) => h.id === subscriptionId
    );
    expect(hook.disabledAt).not.toBeNull();

    await createCategoryWitnessed('while disabled');
    expect(receiver.at(path)).toHaveLength(1);
    expect(await deliveriesOf(subscriptionId)).toHaveLength(1);

    const retried = await suite.adminApi.post(`/access-tokens/deliveries/${dead.id}/retry`);
    expect(retried.status).toBe(200);
    const delivered = await waitForStatus(subscriptionId, 'succeeded');
    expect(delivered.webhookId).toBe(dead.webhookId);
    expect(receiver.at(path).map((request) => request.headers['webhook-id'])).toEqual([dead.webhookId, dead.webhookId]);
    const [revived] = (await suite.adminApi.get('/access-tokens/hooks?pageSize=100')).body.data.filter(
      (h: { id: number }) => h.id === subscriptionId
    );
    expect(revived).toMatchObject({ disabledAt: null, failingSince: null, consecutiveFailures: 0 });
    expect(await retryEntriesOf(subscriptionId)).toEqual([retryEntry(subscriptionId, dead.id, true)]);
  });

  it('audits an admin’s retry of a delivery that had succeeded, which re-enables nothing', async () => {
    const { path, subscriptionId } = await deliverOne(() => ({ status: 200 }));
    const delivered = await waitForStatus(subscriptionId, 'succeeded');

    expect((await suite.adminApi.post(`/access-tokens/deliveries/${delivered.id}/retry`)).status).toBe(200);
    await receiver.waitFor(() => receiver.at(path).length === 2);
    expect(await retryEntriesOf(subscriptionId)).toEqual([retryEntry(subscriptionId, delivered.id, false)]);
  });

  it('sends a delivery left "delivering" by a dead instance once its lock expires, with the same webhook-id', async () => {
    const { path, subscriptionId } = await deliverOne(() => ({ status: 200 }));
    await waitForStatus(subscriptionId, 'succeeded');
    const [original] = await suite.app.strapi.db.query(DELIVERY_UID).findMany({ where: { subscriptionId } });
    const stranded = async (webhookId: string, lockedUntil: Date) =>
      suite.app.strapi.db.query(DELIVERY_UID).create({
        data: {
          ...original,
          id: undefined,
          webhookId,
          status: 'delivering',
          attempts: 0,
          attemptLog: [],
          lockedBy: 'killed:1',
          lockedUntil,
          nextAttemptAt: new Date(Date.now() - 60_000),
        },
      });
    await stranded('msg_strandedExpired0000000000', new Date(Date.now() - 1000));
    const locked = await stranded('msg_strandedLocked00000000000', new Date(Date.now() + 60_000));
    await receiver.waitFor(() =>
      receiver.at(path).some((request) => request.headers['webhook-id'] === 'msg_strandedExpired0000000000')
    );
    // Two more looks for due deliveries: had the locked one been due, it would have been claimed.
    await afterWorkerPolls(suite.app.strapi, 2);
    expect(await suite.app.strapi.db.query(DELIVERY_UID).findOne({ where: { id: locked.id } })).toMatchObject({
      status: 'delivering',
      lockedBy: 'killed:1',
      attempts: 0,
    });
    expect(
      receiver.at(path).filter((request) => request.headers['webhook-id'] === 'msg_strandedLocked00000000000')
    ).toHaveLength(0);
    expect(receiver.at(path).every((request) => request.verified)).toBe(true);

    // An admin's retry of the one still held is refused: 409 in Strapi's error shape.
    const held = await suite.app.strapi.db
      .query(DELIVERY_UID)
      .findOne({ where: { webhookId: 'msg_strandedLocked00000000000' } });
    const retried = await suite.adminApi.post(`/access-tokens/deliveries/${held.id}/retry`);
    expectConflict(retried, 'This delivery is being sent right now', { status: 'delivering' });
  });
});
