import { useHookReceiver } from '../helpers/hook-receiver';
import { useApp } from '../helpers/setup';
import { createTokenClient } from '../helpers/tokens';

const CATEGORY = 'api::category.category';

/**
 * Changes wait out the enqueuer's 150 ms merge window before their subscriptions are read: a subscription made
 * inside that window must not hear of a change made before it, which the subscriber may never have been allowed
 * to see (its permissions may have been narrowed since, or the token created after).
 */
describe('a subscription hears only of changes made after it', () => {
  const suite = useApp();
  const { fixture, subscribe } = useHookReceiver(suite);

  it('does not deliver a change made just before it subscribed', async () => {
    const token = await createTokenClient(suite, { name: 'late subscriber', accessLevel: 'read-only' });
    await suite.app.strapi.documents(CATEGORY).create({ data: { name: 'Before the subscription' } });
    await subscribe(token.value, '/late', { event: 'entry.create', contentType: CATEGORY });
    await fixture.writer.post('/api/categories', { data: { name: 'After the subscription' } });

    await fixture.receiver.waitFor(() => fixture.receiver.at('/late').length > 0);
    await new Promise((settled) => setTimeout(settled, 500));
    expect(fixture.receiver.at('/late').map((delivery) => delivery.json.entry.name)).toEqual([
      'After the subscription',
    ]);
  });
});
