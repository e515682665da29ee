import { useHookReceiver } from '../helpers/hook-receiver';
import { useApp } from '../helpers/setup';
import { createToken } from '../helpers/tokens';
import { waitFor } from '../helpers/wait';

/** The delivery worker's own bookkeeping: a batch's outcomes, and deliveries in flight when it stops. */
describe('REST hook delivery worker', () => {
  const suite = useApp();
  const { fixture, subscribe } = useHookReceiver(suite);

  it('still writes the other outcomes of a batch when one outcome cannot be written', async () => {
    const { value } = await createToken(suite, { name: 'batch', accessLevel: 'read-only' });
    const hook = await subscribe(value, '/batch', { event: 'entry.create', contentType: 'api::category.category' });
    const outcomes = suite.app.strapi.plugin('access-tokens').service('hookOutcomes');
    const record = outcomes.record;
    let refused = 0;
    // The first outcome of this subscription fails once, inside the tick's transaction.
    outcomes.record = async (outcome: { row: { subscriptionId: number } }) => {
      if (outcome.row.subscriptionId === hook.id && refused === 0) {
        refused += 1;
        throw new Error('write refused by the test');
      }
      return record(outcome);
    };
    try {
      await Promise.all(
        ['One', 'Two', 'Three'].map((name) =>
          fixture.writer.post('/api/categories', { data: { name: `Batch ${name}` } })
        )
      );
      const statuses = async () =>
        (
          (await suite.app.strapi.db
            .query('plugin::access-tokens.hook-delivery')
            .findMany({ where: { subscriptionId: hook.id } })) as { status: string }[]
        ).map((row) => row.status);
      // Without the one-by-one fallback, the refused batch would stay `delivering` until its lease ran out.
      const allSucceeded = async () => (await statuses()).filter((status) => status === 'succeeded').length === 3;
      await waitFor(allSucceeded, { timeoutMs: 5_000, what: 'the three deliveries succeeded' });
      expect(refused).toBe(1);
      expect(await statuses()).toEqual(['succeeded', 'succeeded', 'succeeded']);
      expect(fixture.receiver.at('/batch')).toHaveLength(3);
    } finally {
      outcomes.record = record;
    }
  });

  it('hands a delivery in flight back when the worker stops, and sends it once the worker runs again', async () => {
    const { value } = await createToken(suite, { name: 'shutdown', accessLevel: 'read-only' });
    const hook = await subscribe(value, '/shutdown', { event: 'entry.create', contentType: 'api::category.category' });
    // The first request hangs until the worker gives up on it; the next is answered at once.
    fixture.receiver.expect('/shutdown', hook.secret, (count) =>
      count === 1 ? { status: 200, delayMs: 3_000 } : { status: 200 }
    );
    const delivery = async () =>
      (await suite.app.strapi.db
        .query('plugin::access-tokens.hook-delivery')
        .findOne({ where: { subscriptionId: hook.id } })) as Record<string, unknown>;
    const worker = suite.app.strapi.plugin('access-tokens').service('hookDispatcher');

    await fixture.writer.post('/api/categories', { data: { name: 'Before shutdown' } });
    await fixture.receiver.waitFor(() => fixture.receiver.at('/shutdown').length === 1);
    try {
      await worker.stop();
      expect(await delivery()).toMatchObject({ status: 'pending', attempts: 0, lockedBy: null, lockedUntil: null });
    } finally {
      worker.start();
    }
    await fixture.receiver.waitFor(() => fixture.receiver.at('/shutdown').length === 2);
    await waitFor(async () => (await delivery()).status === 'succeeded', {
      timeoutMs: 5_000,
      what: 'the delivery sent',
    });
    expect(await delivery()).toMatchObject({ status: 'succeeded', attempts: 1 });
    // Same delivery, same id: the receiver can tell the second request is the first one again.
    expect(fixture.receiver.at('/shutdown').map((request) => request.headers['webhook-id'])).toEqual(
      Array(2).fill(fixture.receiver.at('/shutdown')[0].headers['webhook-id'])
    );
  });
});
