import { bearer, createClient } from '../helpers/http';
import { useApp } from '../helpers/setup';
import { RETRY_ENV, useRetriedHooks } from './retried-hooks';

const SUBSCRIPTION_UID = 'plugin::access-tokens.hook-subscription';

describe('REST hook retries', () => {
  const suite = useApp(RETRY_ENV);
  const { fixture, deliverOne, waitForStatus, queuedFor, createCategoryWitnessed } = useRetriedHooks(suite);

  it('retries a failing receiver with the same webhook-id until it succeeds, logging each attempt', async () => {
    const { path, subscriptionId } = await deliverOne((n) => ({ status: n <= 2 ? 500 : 200 }));
    const delivery = await waitForStatus(subscriptionId, 'succeeded');
    const requests = fixture.receiver.at(path);
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
    const [first, second] = fixture.receiver.at(path);
    expect(second.at - first.at).toBeGreaterThanOrEqual(1900);
  });

  it('times out a receiver that does not answer, and retries it', async () => {
    const { path, subscriptionId } = await deliverOne((n) =>
      n === 1 ? { status: 200, delayMs: 2500 } : { status: 200 }
    );
    const delivery = await waitForStatus(subscriptionId, 'succeeded');
    expect(fixture.receiver.at(path).length).toBeGreaterThanOrEqual(2);
    expect(delivery.attemptLog[0]).toMatchObject({ statusCode: null, error: expect.stringContaining('timed out') });
  });

  it('gives up when the schedule is exhausted', async () => {
    const { path, subscriptionId } = await deliverOne(() => ({ status: 500 }));
    const delivery = await waitForStatus(subscriptionId, 'dead');
    expect(fixture.receiver.at(path)).toHaveLength(5);
    expect(delivery).toMatchObject({ attempts: 5, lastStatusCode: 500, nextAttemptAt: null });
  });

  it('removes the subscription on 410 Gone', async () => {
    const { path, subscriptionId } = await deliverOne(() => ({ status: 410 }));
    await waitForStatus(subscriptionId, 'dead');
    expect(await suite.app.strapi.db.query(SUBSCRIPTION_UID).findOne({ where: { id: subscriptionId } })).toBeNull();
    const hooks = await createClient(suite.app.url, bearer(fixture.token.value)).get('/api/access-tokens/hooks');
    expect(hooks.body.data.map((hook: { id: number }) => hook.id)).not.toContain(subscriptionId);
    await createCategoryWitnessed('after gone');
    expect(await queuedFor(subscriptionId)).toBe(1);
    expect(fixture.receiver.at(path)).toHaveLength(1);
  });
});
