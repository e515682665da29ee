import { startReceiver, type Receiver } from '../hooks/receiver';
import { createAdmin, type AdminSession } from './admin';
import { bearer, createClient } from './http';
import type { Suite } from './setup';
import { createTokenClient } from './tokens';

type Client = ReturnType<typeof createClient>;
const DELIVERY_UID = 'plugin::access-tokens.hook-delivery';

/**
 * What the tests of a token's hooks in the admin API share: a receiver, a writer token whose category creations
 * trigger deliveries, and an admin who holds `delete`. Set up before all tests of the calling describe block.
 */
export const useTokenHooks = (suite: Suite) => {
  const fixture = {} as { receiver: Receiver; writer: Client; deleter: AdminSession; deleterApi: Client };
  let counter = 0;

  beforeAll(async () => {
    fixture.receiver = await startReceiver();
    fixture.writer = (await createTokenClient(suite, { name: 'writer', accessLevel: 'read-write' })).api;
    fixture.deleter = await createAdmin(suite.app.strapi, suite.app.url, {
      actions: ['plugin::access-tokens.read', 'plugin::access-tokens.delete'],
    });
    fixture.deleterApi = createClient(suite.app.url, bearer(fixture.deleter.jwt));
  });
  afterAll(() => fixture.receiver?.close());

  /** Subscribes `tokenValue` to category creations at `path`; the receiver answers `status`. */
  const subscribe = async (tokenValue: string, path: string, status = 200) => {
    const response = await createClient(suite.app.url, bearer(tokenValue)).post('/api/access-tokens/hooks', {
      targetUrl: fixture.receiver.url(path),
      event: 'entry.create',
      contentType: 'api::category.category',
    });
    expect(response.status).toBe(201);
    fixture.receiver.expect(path, response.body.data.secret, () => ({ status }));
    return response.body.data.id as number;
  };

  const createCategory = async () => {
    counter += 1;
    expect((await fixture.writer.post('/api/categories', { data: { name: `category ${counter}` } })).status).toBe(201);
  };

  const deliveriesOf = (subscriptionId: number) =>
    suite.app.strapi.db.query(DELIVERY_UID).findMany({ where: { subscriptionId } });

  return { fixture, subscribe, createCategory, deliveriesOf };
};
