import { expectConflict } from '../helpers/errors';
import { afterWorkerPolls } from '../helpers/queries';
import { useApp } from '../helpers/setup';
import { RETRY_ENV, useRetriedHooks } from './retried-hooks';

const DELIVERY_UID = 'plugin::access-tokens.hook-delivery';
const SUBSCRIPTION_UID = 'plugin::access-tokens.hook-subscription';

/** An admin's retry of a delivery, and deliveries a dead instance left "delivering". */
describe('REST hook retries by an admin, and after a dead instance', () => {
  const suite = useApp(RETRY_ENV);
  const { fixture, deliverOne, deliveriesOf, waitForStatus, retryEntriesOf, retryEntry, createCategoryWitnessed } =
    useRetriedHooks(suite);

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
    expect(fixture.receiver.at(path)).toHaveLength(1);
    expect(await deliveriesOf(subscriptionId)).toHaveLength(1);

    const retried = await suite.adminApi.post(`/access-tokens/deliveries/${dead.id}/retry`);
    expect(retried.status).toBe(200);
    const delivered = await waitForStatus(subscriptionId, 'succeeded');
    expect(delivered.webhookId).toBe(dead.webhookId);
    expect(fixture.receiver.at(path).map((request) => request.headers['webhook-id'])).toEqual([
      dead.webhookId,
      dead.webhookId,
    ]);
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
    await fixture.receiver.waitFor(() => fixture.receiver.at(path).length === 2);
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
    await fixture.receiver.waitFor(() =>
      fixture.receiver.at(path).some((request) => request.headers['webhook-id'] === 'msg_strandedExpired0000000000')
    );
    // Two more looks for due deliveries: had the locked one been due, it would have been claimed.
    await afterWorkerPolls(suite.app.strapi, 2);
    expect(await suite.app.strapi.db.query(DELIVERY_UID).findOne({ where: { id: locked.id } })).toMatchObject({
      status: 'delivering',
      lockedBy: 'killed:1',
      attempts: 0,
    });
    expect(
      fixture.receiver.at(path).filter((request) => request.headers['webhook-id'] === 'msg_strandedLocked00000000000')
    ).toHaveLength(0);
    expect(fixture.receiver.at(path).every((request) => request.verified)).toBe(true);

    // An admin's retry of the one still held is refused: 409 in Strapi's error shape.
    const held = await suite.app.strapi.db
      .query(DELIVERY_UID)
      .findOne({ where: { webhookId: 'msg_strandedLocked00000000000' } });
    const retried = await suite.adminApi.post(`/access-tokens/deliveries/${held.id}/retry`);
    expectConflict(retried, 'This delivery is being sent right now', { status: 'delivering' });
  });
});
