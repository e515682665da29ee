import ipaddr from 'ipaddr.js';

import { parseIpAddress } from '../../../shared/cidr';

/** What the app believes about the proxies in front of it: Koa's settings and the plugin's `trustedProxies`. */
export interface ProxyTrust {
  /** Koa's `app.proxy` (Strapi's `server.proxy.koa`): the socket peer is a proxy. */
  proxy: boolean;
  /** Koa's `app.maxIpsCount` (`server.proxy.maxIpsCount`): only this many right-most entries are read; 0 = all. */
  maxIpsCount: number;
  /** The plugin's `trustedProxies` as a matcher, or null when the list is empty. */
  isTrustedProxy: ((address: string) => boolean) | null;
}

const BRACKETED = /^\[([^\]]+)\](?::\d+)?$/;
const IPV4_WITH_PORT = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/;

/** One hop as a proxy wrote it, without the port some load balancers add (`1.2.3.4:5678`, `[2001:db8::1]:443`). */
const withoutPort = (hop: string) => BRACKETED.exec(hop)?.[1] ?? IPV4_WITH_PORT.exec(hop)?.[1] ?? hop;

/** The hops of an `X-Forwarded-For`-style header, left (the client's claim) to right (the nearest proxy's). */
export const parseForwardedFor = (header: string | undefined): string[] =>
  (header ?? '')
    .split(',')
    .map((hop) => withoutPort(hop.trim()))
    .filter(Boolean);

/**
 * The client's address as the nearest trusted proxy saw it: the right-most untrusted hop, never an entry the
 * client could have written itself. Walks from the socket peer leftwards through the header while the hop is a
 * trusted proxy (`trustedProxies`); without that list, the socket peer is the only proxy trusted (the right-most
 * entry), or the `maxIpsCount` nearest are (Koa's own reading). With proxies off, the socket address.
 */
export const resolveClientAddress = (
  socketAddress: string,
  forwardedFor: string | undefined,
  trust: ProxyTrust
): string => {
  const hops = parseForwardedFor(forwardedFor);
  const readable = trust.maxIpsCount > 0 ? hops.slice(-trust.maxIpsCount) : hops;

  if (trust.isTrustedProxy) {
    let client = socketAddress;
    for (let index = readable.length - 1; index >= 0 && trust.isTrustedProxy(client); index -= 1)
      client = readable[index];
    return client;
  }
  if (!trust.proxy || readable.length === 0) return socketAddress;
  return trust.maxIpsCount > 0 ? readable[0] : readable[readable.length - 1];
};

/** Koa then believes the left-most entry, which any client writes: worth a warning at start-up. */
export const trustsProxiesWithoutBound = (trust: ProxyTrust): boolean =>
  trust.proxy && trust.maxIpsCount <= 0 && trust.isTrustedProxy === null;

/**
 * What the throttle and the leak-report limits count a client as: an IPv4 address (an IPv4-mapped IPv6 one is its
 * IPv4 address), or an IPv6 address's /64, which a single host or home usually holds whole: counting each of its
 * 2^64 addresses apart would give whoever holds one as many budgets. Anything unparsable counts as itself.
 */
export const clientBucket = (address: string): string => {
  const parsed = parseIpAddress(address.split('%')[0]);
  if (!parsed) return address;
  if (parsed instanceof ipaddr.IPv4) return parsed.toString();
  if (parsed.isIPv4MappedAddress()) return parsed.toIPv4Address().toString();
  const network = ipaddr.IPv6.networkAddressFromCIDR(`${parsed.toString()}/64`) as ipaddr.IPv6;
  return `${network.toString()}/64`;
};
