import { startReceiver, type Receiver, type Reply } from '../hooks/receiver';
import { bearer, createClient } from './http';
import type { Suite } from './setup';
import { createTokenClient } from './tokens';

type Client = ReturnType<typeof createClient>;

/**
 * A receiver for REST hook deliveries and a read-write `writer` token whose changes trigger them, set up before
 * all tests of the calling describe block.
 */
export const useHookReceiver = (suite: Suite) => {
  const fixture = {} as { receiver: Receiver; writer: Client };

  beforeAll(async () => {
    fixture.receiver = await startReceiver();
    fixture.writer = (await createTokenClient(suite, { name: 'writer', accessLevel: 'read-write' })).api;
  });
  afterAll(() => fixture.receiver?.close());

  /** Subscribes `tokenValue` with `body`, delivered to `path`; the receiver checks signatures and answers `reply`. */
  const subscribe = async (
    tokenValue: string,
    path: string,
    body: Record<string, unknown>,
    reply?: (count: number) => Reply
  ) => {
    const response = await createClient(suite.app.url, bearer(tokenValue)).post('/api/access-tokens/hooks', {
      targetUrl: fixture.receiver.url(path),
      ...body,
    });
    expect(response.status).toBe(201);
    fixture.receiver.expect(path, response.body.data.secret, reply);
    return response.body.data;
  };

  return { fixture, subscribe };
};
