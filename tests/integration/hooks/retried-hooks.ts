import { bearer, createClient } from '../helpers/http';
import type { Suite } from '../helpers/setup';
import { createToken } from '../helpers/tokens';
import { waitFor } from '../helpers/wait';
import { startReceiver, type Receiver, type Reply } from './receiver';

const DELIVERY_UID = 'plugin::access-tokens.hook-delivery';

/** Retries after 0.2 s four times, then 4 s (the longest delay, which caps Retry-After); 1 s timeout. */
export const RETRY_ENV = {
  ACCESS_TOKENS_HOOKS_RETRY_SCHEDULE: '0.2,0.2,0.2,4',
  ACCESS_TOKENS_HOOKS_TIMEOUT_MS: '1000',
};

/** What the retry tests share: a receiver, one read-write token, and ways to deliver to it and watch the queue. */
export const useRetriedHooks = (suite: Suite) => {
  const fixture = {} as { receiver: Receiver; token: { id: number; value: string } };
  let counter = 0;

  beforeAll(async () => {
    fixture.receiver = await startReceiver();
    fixture.token = await createToken(suite, { name: 'retried', accessLevel: 'read-write' });
  });
  afterAll(() => fixture.receiver?.close());

  /** Subscribes a fresh path to category creations, creates one category, returns the path and subscription id. */
  const deliverOne = async (
    reply: (count: number) => Reply,
    beforeChange?: (subscriptionId: number) => Promise<unknown>
  ) => {
    counter += 1;
    const path = `/retry/${counter}`;
    const client = createClient(suite.app.url, bearer(fixture.token.value));
    const created = await client.post('/api/access-tokens/hooks', {
      targetUrl: fixture.receiver.url(path),
      event: 'entry.create',
      contentType: 'api::category.category',
    });
    fixture.receiver.expect(path, created.body.data.secret, reply);
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
      await suite.adminApi.get(`/access-tokens/audit?action=hook.retry&tokenId=${fixture.token.id}&pageSize=100`)
    ).body.data.filter((entry: { subjectId: number }) => entry.subjectId === subscriptionId);
  const retryEntry = (subscriptionId: number, deliveryId: number, reenabled: boolean) => ({
    id: expect.any(Number),
    action: 'hook.retry',
    subjectType: 'hook',
    subjectId: subscriptionId,
    subjectName: expect.stringContaining('/retry/'),
    tokenId: fixture.token.id,
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
    const client = createClient(suite.app.url, bearer(fixture.token.value));
    const witness = await client.post('/api/access-tokens/hooks', {
      targetUrl: fixture.receiver.url(`/witness/${name}`),
      event: 'entry.create',
      contentType: 'api::category.category',
    });
    await client.post('/api/categories', { data: { name } });
    await waitFor(async () => (await queuedFor(witness.body.data.id)) > 0, {
      what: `the witness delivery of "${name}"`,
    });
    await client.delete(`/api/access-tokens/hooks/${witness.body.data.id}`);
  };

  return {
    fixture,
    deliverOne,
    deliveriesOf,
    waitForStatus,
    retryEntriesOf,
    retryEntry,
    queuedFor,
    createCategoryWitnessed,
  };
};
