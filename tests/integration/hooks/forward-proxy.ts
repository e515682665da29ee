import http, { ClientRequest, createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import https from 'node:https';
import { promises as dns } from 'node:dns';
import { connect, type AddressInfo, type Socket } from 'node:net';

/** One request the proxy was asked to make: `target` is the host:port it was asked to connect to, as written. */
export interface ProxyRequest {
  method: string;
  target: string;
  /** The Host header of an absolute-form request (a CONNECT tunnel's is inside TLS). */
  host?: string;
  proxyAuthorization?: string;
}

const splitAuthority = (authority: string) => {
  const at = authority.lastIndexOf(':');
  return { host: authority.slice(0, at).replace(/^\[|\]$/g, ''), port: Number(authority.slice(at + 1)) };
};

/**
 * A forward proxy on 127.0.0.1, as Strapi's `server.proxy` would point at: CONNECT tunnels and absolute-form
 * HTTP. It resolves names itself (dns.lookup, in this process), and records what it was asked to connect to.
 * `route(authority, to)` sends one made-up public host:port to a local server instead of the internet.
 */
export const startForwardProxy = async () => {
  const asked: ProxyRequest[] = [];
  const routes = new Map<string, string>();
  const sockets = new Set<Socket>();

  const connectUpstream = async (authority: string) => {
    const { host, port } = splitAuthority(routes.get(authority) ?? authority);
    const { address } = await dns.lookup(host);
    const upstream = connect(port, address);
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    return upstream;
  };

  const forward = (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '');
    const target = `${url.hostname}:${url.port || 80}`;
    asked.push({
      method: req.method ?? '',
      target,
      host: req.headers.host,
      proxyAuthorization: req.headers['proxy-authorization'],
    });
    const { 'proxy-authorization': _, ...headers } = req.headers;
    const upstream = new ClientRequest({
      method: req.method,
      path: `${url.pathname}${url.search}`,
      headers,
      // Straight to the upstream socket: http.request itself may be Strapi's global-agent, which proxies.
      createConnection: (_options, done) => {
        connectUpstream(target)
          .then((socket) => done(null, socket))
          .catch((error: Error) => upstream.destroy(error));
        return undefined;
      },
    });
    upstream.on('response', (response) => {
      res.writeHead(response.statusCode ?? 502, response.headers);
      response.pipe(res);
    });
    upstream.on('error', () => res.writeHead(502).end('proxy: upstream failed'));
    req.pipe(upstream);
  };

  const tunnel = async (req: IncomingMessage, client: Socket, head: Buffer) => {
    const target = req.url ?? '';
    asked.push({ method: 'CONNECT', target, proxyAuthorization: req.headers['proxy-authorization'] });
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => client.destroy());
    const refuse = () => client.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
    try {
      const upstream = await connectUpstream(target);
      upstream.once('error', refuse);
      upstream.once('connect', () => {
        upstream.off('error', refuse).on('error', () => client.destroy());
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        upstream.write(head);
        upstream.pipe(client).pipe(upstream);
      });
    } catch {
      refuse();
    }
  };

  const server: Server = createServer(forward);
  server.on('connect', (req: IncomingMessage, client: Socket, head: Buffer) => void tunnel(req, client, head));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    asked,
    route: (authority: string, to: string) => routes.set(authority, to),
    close: () =>
      new Promise<void>((done) => {
        sockets.forEach((socket) => socket.destroy());
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
};

export type ForwardProxy = Awaited<ReturnType<typeof startForwardProxy>>;

/** Strapi installs global-agent for the whole process (http(s).request, get, globalAgent): puts Node's own back. */
const saveHttpGlobals = () => {
  const saved = [http, https].map((module) => ({
    module,
    functions: { request: module.request, get: module.get, globalAgent: module.globalAgent },
  }));
  return () => {
    saved.forEach(({ module, functions }) => Object.assign(module, functions));
    delete (globalThis as { GLOBAL_AGENT?: unknown }).GLOBAL_AGENT;
  };
};

/**
 * For one test file, called before its `useApp`: a forward proxy that Strapi's `server.proxy.global` points at
 * (tests/app/config/server.js reads OUTBOUND_PROXY_URL), with credentials. Afterwards the variable is removed and
 * global-agent undone, so later files in this worker boot without a proxy.
 */
export const useOutboundProxy = (credentials = 'hooks:proxy-secret') => {
  let proxy: ForwardProxy | undefined;
  let restoreHttpGlobals: (() => void) | undefined;
  beforeAll(async () => {
    restoreHttpGlobals = saveHttpGlobals();
    proxy = await startForwardProxy();
    process.env.OUTBOUND_PROXY_URL = proxy.url.replace('://', `://${credentials}@`);
  });
  afterAll(async () => {
    delete process.env.OUTBOUND_PROXY_URL;
    restoreHttpGlobals?.();
    await proxy?.close();
  });
  return () => {
    if (!proxy) throw new Error('The proxy starts in beforeAll');
    return proxy;
  };
};
