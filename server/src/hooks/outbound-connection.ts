import { ClientRequest } from 'node:http';
import { connect as netConnect, isIP, type Socket } from 'node:net';
import { connect as tlsConnect, type ConnectionOptions } from 'node:tls';

import { proxyAuthorization } from './outbound-proxy';

/** Where one request goes. The URL keeps its host name: the Host header, SNI and the certificate check use it. */
export interface OutboundRoute {
  url: URL;
  /** The checked address to connect to instead of resolving the name again (DNS rebinding); null: the name. */
  address: string | null;
  /** The forward proxy for the URL's scheme (Strapi's `server.proxy`); null: connect directly. */
  proxy: URL | null;
  /** More TLS options: the tests' own CA. Deliveries set none, so Node's trusted CAs apply. */
  tls?: Pick<ConnectionOptions, 'ca'>;
}

type Connected = (error: Error | null, socket: Socket) => void;

const hostnameOf = (url: URL) => url.hostname.replace(/^\[|\]$/g, '');
const portOf = (url: URL) => Number(url.port) || (url.protocol === 'https:' ? 443 : 80);
const isSecure = (route: OutboundRoute) => route.url.protocol === 'https:';

/** host:port as a request line writes it, an IPv6 address in brackets. */
const authorityOf = (host: string, port: number) => `${isIP(host) === 6 ? `[${host}]` : host}:${port}`;

/** The host:port to reach: the checked address when there is one, else the URL's host. */
export const destinationOf = (route: OutboundRoute) =>
  authorityOf(route.address ?? hostnameOf(route.url), portOf(route.url));

/** Absolute-form to the destination for plain http through a proxy (the proxy connects there), else origin-form. */
export const requestTargetOf = (route: OutboundRoute) => {
  const path = `${route.url.pathname}${route.url.search}`;
  return route.proxy && !isSecure(route) ? `http://${destinationOf(route)}${path}` : path;
};

/** Host names the URL's host whatever address is connected to; a proxy reading the request line may need credentials. */
export const routeHeadersOf = (route: OutboundRoute): Record<string, string> => {
  const authorization = route.proxy && !isSecure(route) ? proxyAuthorization(route.proxy) : undefined;
  return { host: route.url.host, ...(authorization ? { 'proxy-authorization': authorization } : {}) };
};

/** TLS for the URL's host: sent as SNI when it is a name, and the certificate must be valid for it. */
export const tlsOptionsOf = (route: OutboundRoute): ConnectionOptions => {
  const host = hostnameOf(route.url);
  return { ...route.tls, host, servername: isIP(host) === 0 ? host : undefined };
};

/** Asks the proxy for a tunnel to the destination; hands over the raw socket once it answered 2xx. */
const openTunnel = (route: OutboundRoute & { proxy: URL }, signal: AbortSignal, done: Connected) => {
  const destination = destinationOf(route);
  const authorization = proxyAuthorization(route.proxy);
  const request = new ClientRequest({
    method: 'CONNECT',
    path: destination,
    headers: { host: destination, ...(authorization ? { 'proxy-authorization': authorization } : {}) },
    signal,
    // Not through http.request: Strapi's global-agent replaces it and would proxy this request again.
    createConnection: () => netConnect(portOf(route.proxy), hostnameOf(route.proxy)),
  });
  request.once('connect', (response, socket: Socket, head: Buffer) => {
    const status = response.statusCode ?? 0;
    if (status < 200 || status > 299) {
      socket.destroy();
      done(new Error(`The proxy answered ${status} to CONNECT ${destination}`), socket);
      return;
    }
    if (head.length > 0) socket.unshift(head);
    done(null, socket);
  });
  request.once('error', (error) => done(error, request.socket as Socket));
  request.end();
};

/**
 * Opens the connection a request on this route is written to (http.ClientRequest's `createConnection`): to the
 * destination directly, to the proxy (which reads the absolute-form request line), or TLS through a CONNECT
 * tunnel. Returns the socket at once, or (a tunnel) hands it to `done` once the proxy agreed.
 */
export const openConnection = (route: OutboundRoute, signal: AbortSignal, done: Connected): Socket | undefined => {
  const { proxy } = route;
  if (proxy === null) {
    const host = route.address ?? hostnameOf(route.url);
    const port = portOf(route.url);
    return isSecure(route) ? tlsConnect({ ...tlsOptionsOf(route), host, port }) : netConnect(port, host);
  }
  if (!isSecure(route)) return netConnect(portOf(proxy), hostnameOf(proxy));
  openTunnel({ ...route, proxy }, signal, (error, socket) =>
    error ? done(error, socket) : done(null, tlsConnect({ ...tlsOptionsOf(route), socket }))
  );
  return undefined;
};
