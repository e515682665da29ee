import { createAdmin, type AdminSession } from './admin';
import { useHookReceiver } from './hook-receiver';
import { bearer, createClient } from './http';
import type { Suite } from './setup';

const DELIVERY_UID = 'plugin::access-tokens.hook-delivery';

/**
 * What the tests of a token's hooks in the admin API share: a receiver, a writer token whose category creations
 * trigger deliveries, and an admin who holds `delete`. Set up before all tests of the calling describe block.
 */
export const useTokenHooks = (suite: Suite) => {
  const hooks = useHookReceiver(suite);
  const fixture = hooks.fixture as typeof hooks.fixture & {
    deleter: AdminSession;
    deleterApi: ReturnType<typeof createClient>;
  };
  let counter = 0;

  beforeAll(async () => {
    fixture.deleter = await createAdmin(suite.app.strapi, suite.app.url, {
      actions: ['plugin::access-tokens.read', 'plugin::access-tokens.delete'],
    });
    fixture.deleterApi = createClient(suite.app.url, bearer(fixture.deleter.jwt));
  });

  /** Subscribes `tokenValue` to category creations at `path`; the receiver answers `status`. */
  const subscribe = async (tokenValue: string, path: string, status = 200) => {
    const subscription = await hooks.subscribe(
      tokenValue,
      path,
      { event: 'entry.create', contentType: 'api::category.category' },
      () => ({ status })
    );
    return subscription.id as number;
  };

  const createCategory = async () => {
    counter += 1;
    expect((await fixture.writer.post('/api/categories', { data: { name: `category ${counter}` } })).status).toBe(201);
  };

  const deliveriesOf = (subscriptionId: number) =>
    suite.app.strapi.db.query(DELIVERY_UID).findMany({ where: { subscriptionId } });

  return { fixture, subscribe, createCategory, deliveriesOf };
};
