import { bearer, createClient } from '../helpers/http';
import { useApp } from '../helpers/setup';
import { createToken } from '../helpers/tokens';
import { useReceiver } from '../hooks/receiver';
import { waitFor } from '../helpers/wait';
import { usageToday } from './helpers';

describe('token usage: hook delivery attempts', () => {
  const suite = useApp({
    ACCESS_TOKENS_HOOKS_RETRY_SCHEDULE: '0.2,0.2,5',
    ACCESS_TOKENS_USAGE_FLUSH_INTERVAL_MS: '3600000',
  });
  const receiver = useReceiver();

  it('counts each attempt for the subscribing token: a 500 as failed, the retry’s 200 as delivered', async () => {
    const subscriber = await createToken(suite, { name: 'subscriber', accessLevel: 'read-only' });
    const writer = await createToken(suite, { name: 'writer', accessLevel: 'read-write' });
    const subscribed = await createClient(suite.app.url, bearer(subscriber.value)).post('/api/access-tokens/hooks', {
      targetUrl: receiver().url('/flaky'),
      event: 'entry.create',
      contentType: 'api::article.article',
    });
    expect(subscribed.status).toBe(201);
    receiver().expect('/flaky', subscribed.body.data.secret, (count) => ({ status: count === 1 ? 500 : 200 }));

    expect(
      (await createClient(suite.app.url, bearer(writer.value)).post('/api/articles', { data: { title: 'Counted' } }))
        .status
    ).toBe(201);
    await receiver().waitFor(() => receiver().at('/flaky').length === 2);

    await waitFor(
      async () => {
        expect(await usageToday(suite, subscriber.id)).toMatchObject({
          deliveries: 1,
          failedDeliveries: 1,
          success: 1,
        });
        return true;
      },
      { what: "the subscriber's delivery counts" }
    );
    // The writer's request counts for the writer; deliveries for the subscriber only.
    expect(await usageToday(suite, writer.id)).toMatchObject({ success: 1, deliveries: 0, failedDeliveries: 0 });
  });
});
