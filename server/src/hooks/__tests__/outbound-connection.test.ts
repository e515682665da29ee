import type { TLSSocket } from 'node:tls';

import { startForwardProxy, type ForwardProxy } from '../../../../tests/integration/hooks/forward-proxy';
import {
  createCertificateAuthority,
  startTlsHost,
  type CertificateAuthority,
} from '../../../../tests/integration/hooks/tls';
import {
  destinationOf,
  openConnection,
  requestTargetOf,
  routeHeadersOf,
  tlsOptionsOf,
  type OutboundRoute,
} from '../outbound-connection';

const PROXY = new URL('http://hooks:proxy-secret@proxy.internal:3128');
const PROXY_AUTHORIZATION = `Basic ${Buffer.from('hooks:proxy-secret').toString('base64')}`;
const V6 = '2606:2800:21f:cb07:6820:80da:af6b:8b2c';

const route = (url: string, address: string | null, proxy: URL | null = null): OutboundRoute => ({
  url: new URL(url),
  address,
  proxy,
});

describe('the request on a route', () => {
  it('goes straight to the checked address, with the name in Host', () => {
    const direct = route('http://hooks.example:8080/hook?x=1', '93.184.215.14');
    expect(destinationOf(direct)).toBe('93.184.215.14:8080');
    expect(requestTargetOf(direct)).toBe('/hook?x=1');
    expect(routeHeadersOf(direct)).toEqual({ host: 'hooks.example:8080' });
  });

  it('asks a proxy for the checked address in absolute form (plain http), with the name in Host', () => {
    const proxied = route('http://hooks.example:8080/hook?x=1', '93.184.215.14', PROXY);
    expect(requestTargetOf(proxied)).toBe('http://93.184.215.14:8080/hook?x=1');
    expect(routeHeadersOf(proxied)).toEqual({ host: 'hooks.example:8080', 'proxy-authorization': PROXY_AUTHORIZATION });
    expect(requestTargetOf(route('http://hooks.example/hook', V6, PROXY))).toBe(`http://[${V6}]:80/hook`);
  });

  it('tunnels https to the checked address: origin form inside, the credentials only on the CONNECT', () => {
    const tunnelled = route('https://hooks.example/hook', V6, PROXY);
    expect(destinationOf(tunnelled)).toBe(`[${V6}]:443`);
    expect(requestTargetOf(tunnelled)).toBe('/hook');
    expect(routeHeadersOf(tunnelled)).toEqual({ host: 'hooks.example' });
  });

  it('asks for the name when no address was checked (private targets allowed)', () => {
    const named = route('http://hooks.example/hook', null, PROXY);
    expect(requestTargetOf(named)).toBe('http://hooks.example:80/hook');
  });

  it('sends the name as SNI and checks the certificate against it; an IP literal is checked as itself', () => {
    expect(tlsOptionsOf(route('https://hooks.example/', '93.184.215.14'))).toEqual({
      host: 'hooks.example',
      servername: 'hooks.example',
    });
    expect(tlsOptionsOf(route(`https://[${V6}]/`, V6))).toEqual({ host: V6, servername: undefined });
  });
});

describe('openConnection over TLS, pinned to 127.0.0.1', () => {
  let authority: CertificateAuthority;
  let proxy: ForwardProxy;
  beforeAll(async () => {
    authority = createCertificateAuthority();
    proxy = await startForwardProxy();
  });
  afterAll(async () => {
    authority.dispose();
    await proxy.close();
  });

  /** Resolves once the TLS handshake succeeded (the certificate verified), rejects with its error otherwise. */
  const handshake = (target: OutboundRoute) =>
    new Promise<TLSSocket>((resolve, reject) => {
      const settle = (socket: TLSSocket) => {
        socket.once('secureConnect', () => resolve(socket));
        socket.once('error', reject);
      };
      const socket = openConnection(target, new AbortController().signal, (error, opened) =>
        error ? reject(error) : settle(opened as TLSSocket)
      );
      if (socket) settle(socket as TLSSocket);
    });

  const withHost = async (name: string, test: (port: number) => Promise<void>) => {
    const host = await startTlsHost(authority.issue(name));
    try {
      await test(host.port);
      expect(host.recorded.servernames.every((servername) => servername === 'hooks.example')).toBe(true);
    } finally {
      await host.close();
    }
  };

  it.each([
    ['directly', null],
    ['through the proxy', 'proxy'],
  ])('%s: verifies the certificate against the name, not the address', async (_how, via) => {
    const proxyUrl = via ? new URL(proxy.url) : null;
    const tls = { ca: authority.ca };
    await withHost('hooks.example', async (port) => {
      const socket = await handshake({ ...route(`https://hooks.example:${port}/`, '127.0.0.1', proxyUrl), tls });
      expect(socket.authorized).toBe(true);
      socket.destroy();
    });
    await withHost('other.example', async (port) => {
      await expect(
        handshake({ ...route(`https://hooks.example:${port}/`, '127.0.0.1', proxyUrl), tls })
      ).rejects.toMatchObject({ code: 'ERR_TLS_CERT_ALTNAME_INVALID' });
    });
    await withHost('hooks.example', async (port) => {
      // Without the CA: an untrusted certificate is refused, whatever its name.
      await expect(handshake(route(`https://hooks.example:${port}/`, '127.0.0.1', proxyUrl))).rejects.toMatchObject({
        code: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
      });
    });
    if (via) expect(proxy.asked.every((request) => request.target.startsWith('127.0.0.1:'))).toBe(true);
  });

  it('reports a proxy that refuses the tunnel', async () => {
    const closed = await startTlsHost(authority.issue('hooks.example'));
    await closed.close();
    await expect(
      handshake(route(`https://hooks.example:${closed.port}/`, '127.0.0.1', new URL(proxy.url)))
    ).rejects.toThrow(`The proxy answered 502 to CONNECT 127.0.0.1:${closed.port}`);
  });
});
