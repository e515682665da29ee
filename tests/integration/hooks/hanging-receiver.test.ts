import { bearer, createClient } from '../helpers/http';
import { useApp } from '../helpers/setup';
import { createToken } from '../helpers/tokens';
import { startReceiver, type Receiver } from './receiver';

const ARTICLES = 6;

describe('a receiver that hangs', () => {
  // Four delivery slots and a 20 s timeout: the hanging target could hold every slot if the worker waited on it.
  const suite = useApp({ ACCESS_TOKENS_HOOKS_CONCURRENCY: '4', ACCESS_TOKENS_HOOKS_TIMEOUT_MS: '20000' });
  let receiver: Receiver;

  beforeAll(async () => {
    receiver = await startReceiver();
  });
  afterAll(() => receiver?.close());

  it('does not stop the worker delivering to the others', async () => {
    const token = await createToken(suite, { name: 'hooks', accessLevel: 'read-write' });
    const client = createClient(suite.app.url, bearer(token.value));
    const subscribe = async (path: string, delayMs: number) => {
      const created = await client.post('/api/access-tokens/hooks', { targetUrl: receiver.url(path), event: 'entry.create', contentType: 'api::category.category' });
      receiver.expect(path, created.body.data.secret, () => ({ status: 200, delayMs }));
    };
    await subscribe('/hangs', 60_000);
    await subscribe('/answers', 0);

    const started = Date.now();
    for (let index = 0; index < ARTICLES; index += 1) {
      await client.post('/api/categories', { data: { name: `category ${index}` } });
    }
    await receiver.waitFor(() => receiver.at('/answers').length === ARTICLES, 15_000);
    const elapsed = Date.now() - started;

    expect(receiver.at('/answers').every((request) => request.verified)).toBe(true);
    expect(receiver.at('/hangs').length).toBeGreaterThan(0); // the hanging target was being tried meanwhile
    expect(elapsed).toBeLessThan(15_000);
  });
});
