import { bearer, createClient } from '../helpers/http';
import { useApp, type Suite } from '../helpers/setup';
import { createToken } from '../helpers/tokens';
import { waitFor } from '../helpers/wait';
import { useFakeDnsName } from './fake-dns';
import { useOutboundProxy } from './forward-proxy';
import { startReceiver } from './receiver';
import { createCertificateAuthority, startTlsHost } from './tls';

/** Global unicast, so the plugin accepts it; the test proxy sends it to a local stand-in, never to the internet. */
const PUBLIC_ADDRESS = '93.184.215.14';
const PROXY_AUTHORIZATION = `Basic ${Buffer.from('hooks:proxy-secret').toString('base64')}`;

const proxy = useOutboundProxy();

/** Subscribes `targetUrl` to category creations, creates a category, and returns the first attempt's delivery. */
const deliverOnce = async (suite: Suite, targetUrl: string, onSubscribed: (secret: string) => void) => {
  const { value } = await createToken(suite, { name: `proxied ${targetUrl}`, accessLevel: 'read-write' });
  const client = createClient(suite.app.url, bearer(value));
  const created = await client.post('/api/access-tokens/hooks', {
    targetUrl,
    event: 'entry.create',
    contentType: 'api::category.category',
  });
  expect(created.status).toBe(201);
  onSubscribed(created.body.data.secret);
  await client.post('/api/categories', { data: { name: `for ${targetUrl}` } });
  const delivery = await waitFor(
    async () =>
      (await suite.adminApi.get(`/access-tokens/deliveries?subscriptionId=${created.body.data.id}`)).body.data.find(
        (row: { attempts: number }) => row.attempts > 0
      ),
    { what: `a first attempt to ${targetUrl}` }
  );
  expect((await client.delete(`/api/access-tokens/hooks/${created.body.data.id}`)).status).toBe(204);
  return delivery;
};

describe("REST hooks through Strapi's outbound proxy (server.proxy.global), private targets refused", () => {
  const suite = useApp({ ACCESS_TOKENS_ALLOW_PRIVATE_TARGETS: 'false' });
  // A rebinding name: public for the plugin's checks, then private (127.0.0.1) for the lookups after them.
  const dnsName = useFakeDnsName('rebind.test', PUBLIC_ADDRESS);

  it('asks the proxy for the address it checked, so a name that turns private reaches nothing internal (http)', async () => {
    const internal = await startReceiver(); // what rebind.test turns into
    const publicHost = await startReceiver(); // stands in for PUBLIC_ADDRESS
    try {
      const { port } = new URL(internal.url('/'));
      proxy().route(`${PUBLIC_ADDRESS}:${port}`, new URL(publicHost.url('/')).host);
      dnsName.answer(PUBLIC_ADDRESS);

      const delivery = await deliverOnce(suite, `http://rebind.test:${port}/hook`, (secret) => {
        publicHost.expect('/hook', secret);
        // The sender's own check sees the public address; every lookup after it (the proxy's) the private one.
        dnsName.answer(PUBLIC_ADDRESS, '127.0.0.1');
      });

      expect(internal.received).toHaveLength(0);
      const asked = proxy().asked.filter((request) => request.target.endsWith(`:${port}`));
      expect(asked).toEqual([
        {
          method: 'POST',
          target: `${PUBLIC_ADDRESS}:${port}`,
          host: `rebind.test:${port}`,
          proxyAuthorization: PROXY_AUTHORIZATION,
        },
      ]);
      expect(delivery).toMatchObject({ status: 'succeeded', lastStatusCode: 200 });
      const [received] = publicHost.at('/hook');
      expect(received).toMatchObject({ verified: true, headers: { host: `rebind.test:${port}` } });
    } finally {
      await Promise.all([internal.close(), publicHost.close()]);
    }
  });

  it('opens a CONNECT tunnel to the checked address and verifies TLS for the name (https)', async () => {
    // Certificates for rebind.test from a CA the app does not trust: the handshake must fail on it.
    const authority = createCertificateAuthority();
    const internal = await startTlsHost(authority.issue('rebind.test'));
    const publicHost = await startTlsHost(authority.issue('rebind.test'));
    try {
      const port = internal.port;
      proxy().route(`${PUBLIC_ADDRESS}:${port}`, `127.0.0.1:${publicHost.port}`);
      dnsName.answer(PUBLIC_ADDRESS);

      const delivery = await deliverOnce(suite, `https://rebind.test:${port}/hook`, () =>
        dnsName.answer(PUBLIC_ADDRESS, '127.0.0.1')
      );

      expect(internal.recorded.connections).toBe(0);
      const asked = proxy().asked.filter((request) => request.target.endsWith(`:${port}`));
      expect(asked).toEqual([
        { method: 'CONNECT', target: `${PUBLIC_ADDRESS}:${port}`, proxyAuthorization: PROXY_AUTHORIZATION },
      ]);
      expect(publicHost.recorded.servernames).toEqual(['rebind.test']);
      expect(delivery).toMatchObject({
        status: 'failed',
        lastStatusCode: null,
        lastError: expect.stringMatching(/certificate/),
      });
    } finally {
      await Promise.all([internal.close(), publicHost.close()]);
      authority.dispose();
    }
  });
});

describe("REST hooks through Strapi's outbound proxy, private targets allowed", () => {
  const suite = useApp({ ACCESS_TOKENS_ALLOW_PRIVATE_TARGETS: 'true' });
  useFakeDnsName('hooks.test', '127.0.0.1');

  it('delivers to a local receiver through the proxy, signed, with the name in Host', async () => {
    const receiver = await startReceiver();
    try {
      const { port } = new URL(receiver.url('/'));
      const delivery = await deliverOnce(suite, `http://hooks.test:${port}/local`, (secret) =>
        receiver.expect('/local', secret)
      );

      expect(delivery).toMatchObject({ status: 'succeeded', lastStatusCode: 200 });
      // Private targets allowed: the proxy gets the name and resolves it (it must block what it should not reach).
      expect(proxy().asked.filter((request) => request.target.endsWith(`:${port}`))).toEqual([
        {
          method: 'POST',
          target: `hooks.test:${port}`,
          host: `hooks.test:${port}`,
          proxyAuthorization: PROXY_AUTHORIZATION,
        },
      ]);
      expect(receiver.at('/local')).toEqual([
        expect.objectContaining({ verified: true, headers: expect.objectContaining({ host: `hooks.test:${port}` }) }),
      ]);
    } finally {
      await receiver.close();
    }
  });

  it('refuses deliveries through a proxy URL that is not http://, naming the setting (the start-up warning too)', async () => {
    const { strapi } = suite.app;
    const configured = strapi.config.get('server.proxy.https');
    // Read for each attempt; global-agent keeps the proxy it was given at boot.
    strapi.config.set('server.proxy.https', 'socks5://127.0.0.1:1080');
    const warn = jest.spyOn(strapi.log, 'warn').mockImplementation(() => strapi.log);
    try {
      strapi.plugin('access-tokens').service('hookSender').warnIfProxyUnusable();
      const reason = 'server.proxy.https must be an http:// proxy URL (got socks5://).';
      expect(warn).toHaveBeenCalledWith(`[access-tokens] REST hook deliveries are refused: ${reason}`);

      const delivery = await deliverOnce(suite, 'https://127.0.0.1:4443/hook', () => undefined);
      expect(delivery).toMatchObject({ status: 'failed', lastStatusCode: null, lastError: reason });
      expect(proxy().asked.some((request) => request.target.endsWith(':4443'))).toBe(false);
    } finally {
      warn.mockRestore();
      strapi.config.set('server.proxy.https', configured);
    }
  });
});
