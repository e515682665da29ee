import { bearer, createClient } from '../helpers/http';
import { useApp } from '../helpers/setup';
import { createToken } from '../helpers/tokens';
import { useReceiver, type Receiver } from './receiver';

const ARTICLES = 6;

describe('a receiver that hangs', () => {
  // Four delivery slots and a 20 s timeout: the hanging target could hold every slot if the worker waited on it.
  const suite = useApp({ ACCESS_TOKENS_HOOKS_CONCURRENCY: '4', ACCESS_TOKENS_HOOKS_TIMEOUT_MS: '20000' });
  const receiver = useReceiver();

  it('does not stop the worker delivering to the others', async () => {
    const token = await createToken(suite, { name: 'hooks', accessLevel: 'read-write' });
    const client = createClient(suite.app.url, bearer(token.value));
    const subscribe = async (path: string, delayMs: number) => {
      const created = await client.post('/api/access-tokens/hooks', {
        targetUrl: receiver().url(path),
        event: 'entry.create',
        contentType: 'api::category.category',
      });
      receiver().expect(path, created.body.data.secret, () => ({ status: 200, delayMs }));
    };
    await subscribe('/hangs', 60_000);
    await subscribe('/answers', 0);

    const started = Date.now();
    for (let index = 0; index < ARTICLES; index += 1) {
      await client.post('/api/categories', { data: { name: `category ${index}` } });
    }
    await receiver().waitFor(() => receiver().at('/answers').length === ARTICLES, 15_000);
    const elapsed = Date.now() - started;

    expect(
      receiver()
        .at('/answers')
        .every((request) => request.verified)
    ).toBe(true);
    expect(receiver().at('/hangs').length).toBeGreaterThan(0); // the hanging target was being tried meanwhile
    expect(elapsed).toBeLessThan(15_000);
  });
});

describe('a host that hangs', () => {
  // Four slots, two per host: three subscriptions to one hanging host would hold all four if only
  // subscriptions were limited (two each), and deliveries to every other host would wait for the timeout.
  const suite = useApp({
    ACCESS_TOKENS_HOOKS_CONCURRENCY: '4',
    ACCESS_TOKENS_HOOKS_CONCURRENCY_PER_HOST: '2',
    ACCESS_TOKENS_HOOKS_TIMEOUT_MS: '20000',
  });
  const slow = useReceiver('127.0.0.1');
  const fast = useReceiver('127.0.0.2');

  it('holds no more than its share of slots, and does not stop deliveries to other hosts', async () => {
    const token = await createToken(suite, { name: 'hosts', accessLevel: 'read-write' });
    const client = createClient(suite.app.url, bearer(token.value));
    const subscribe = async (receiver: Receiver, path: string, delayMs: number) => {
      const created = await client.post('/api/access-tokens/hooks', {
        targetUrl: receiver.url(path),
        event: 'entry.create',
        contentType: 'api::category.category',
      });
      expect(created.status).toBe(201);
      receiver.expect(path, created.body.data.secret, () => ({ status: 200, delayMs }));
    };
    for (const path of ['/hangs/1', '/hangs/2', '/hangs/3']) await subscribe(slow(), path, 60_000);
    await subscribe(fast(), '/answers', 0);

    for (let index = 0; index < ARTICLES; index += 1) {
      await client.post('/api/categories', { data: { name: `category ${index}` } });
    }
    await fast().waitFor(() => fast().at('/answers').length === ARTICLES, 15_000);

    expect(
      fast()
        .at('/answers')
        .every((request) => request.verified)
    ).toBe(true);
    // Every request to the slow host is still hanging: these are all it was given at once.
    expect(slow().received.length).toBeGreaterThan(0);
    expect(slow().received.length).toBeLessThanOrEqual(2);
  });
});
