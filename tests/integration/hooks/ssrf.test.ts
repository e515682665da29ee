import type { createClient } from '../helpers/http';
import { useApp } from '../helpers/setup';
import { createTokenClient } from '../helpers/tokens';
import { waitFor } from '../helpers/wait';
import { startReceiver } from './receiver';

const SUBSCRIPTION_UID = 'plugin::access-tokens.hook-subscription';

describe('REST hook targets when private addresses are not allowed (the default)', () => {
  const suite = useApp({ ACCESS_TOKENS_ALLOW_PRIVATE_TARGETS: 'false' });
  let client: ReturnType<typeof createClient>;

  beforeAll(async () => {
    client = (await createTokenClient(suite, { name: 'ssrf', accessLevel: 'read-write' })).api;
  });
  const subscribe = (targetUrl: string, event: string, contentType?: string) =>
    client.post('/api/access-tokens/hooks', { targetUrl, event, contentType });

  it.each([
    'http://127.0.0.1:8080/hook',
    'http://localhost/hook',
    'http://10.1.2.3/hook',
    'http://192.168.0.10/hook',
    'http://169.254.169.254/latest/meta-data',
    'http://[::1]/hook',
    'http://[::ffff:127.0.0.1]/hook',
    'http://0.0.0.0/hook',
    'http://[64:ff9b::a9fe:a9fe]/latest/meta-data',
    'http://[64:ff9b:1::a00:1]/hook',
    'http://[2002:c0a8:1::1]/hook',
    'http://[fec0::1]/hook',
    'http://[100::1]/hook',
    'http://192.0.2.10/hook',
    'http://[2001:db8::1]/hook',
    'http://[2001::1]/hook',
    'file:///etc/passwd',
    'http://user:pass@93.184.215.14/hook',
  ])('refuses %s', async (targetUrl) => {
    const response = await subscribe(targetUrl, 'entry.create');
    expect(response.status).toBe(400);
    expect(response.body.error.details.errors[0].path).toEqual(['targetUrl']);
  });

  it('accepts a public address', async () => {
    const response = await subscribe('https://93.184.215.14/hook', 'entry.delete', 'api::category.category');
    expect(response.status).toBe(201);
    expect((await client.delete(`/api/access-tokens/hooks/${response.body.data.id}`)).status).toBe(204);
  });

  it('checks the address again at send time and sends nothing to a private one', async () => {
    const receiver = await startReceiver();
    try {
      const created = await subscribe('http://93.184.215.14/hook', 'entry.create', 'api::category.category');
      expect(created.status).toBe(201);
      // As if the host now resolved to a private address (DNS rebinding).
      await suite.app.strapi.db
        .query(SUBSCRIPTION_UID)
        .update({ where: { id: created.body.data.id }, data: { targetUrl: receiver.url('/internal') } });
      await client.post('/api/categories', { data: { name: 'probe' } });

      const delivery = await waitFor(
        async () => {
          const [found] = (await suite.adminApi.get(`/access-tokens/deliveries?subscriptionId=${created.body.data.id}`))
            .body.data;
          return found?.attempts && found;
        },
        { what: 'the first attempt' }
      );
      expect(delivery).toMatchObject({
        status: 'failed',
        lastStatusCode: null,
        lastError: expect.stringMatching(/private/),
      });
      // The attempt is over (recorded), and it was refused before connecting.
      expect(receiver.received).toHaveLength(0);
    } finally {
      await receiver.close();
    }
  });
});
