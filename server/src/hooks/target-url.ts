import { isIP } from 'node:net';
import { promises as dns } from 'node:dns';

import ipaddr from 'ipaddr.js';

export interface LookupAddress {
  address: string;
  family: number;
}

export type LookupFn = (hostname: string, options: { all: true }) => Promise<LookupAddress[]>;

export interface TargetUrlOptions {
  allowPrivate?: boolean;
  lookup?: LookupFn;
}

export type TargetUrlResult = { ok: true; url: URL; addresses: string[] } | { ok: false; reason: string };

type Address = ipaddr.IPv4 | ipaddr.IPv6;

/** IANA's global unicast space; the rest of the IPv6 space is reserved, local or special. */
const GLOBAL_UNICAST_V6 = ipaddr.IPv6.parseCIDR('2000::/3');
/** NAT64's well-known prefix (RFC 6052); the local-use 64:ff9b:1::/48 (RFC 8215) is refused as a whole. */
const NAT64_WELL_KNOWN = ipaddr.IPv6.parseCIDR('64:ff9b::/96');

const ipv4Of = (high: number, low: number) => new ipaddr.IPv4([high >> 8, high & 0xff, low >> 8, low & 0xff]);

/** The IPv4 address an IPv6 address stands for (IPv4-mapped, NAT64, 6to4), null when it carries none. */
const embeddedIPv4 = (address: ipaddr.IPv6): ipaddr.IPv4 | null => {
  const { parts } = address;
  switch (address.range()) {
    case 'ipv4Mapped':
      return address.toIPv4Address();
    case 'rfc6052':
      return address.match(NAT64_WELL_KNOWN) ? ipv4Of(parts[6], parts[7]) : null;
    case '6to4':
      return ipv4Of(parts[1], parts[2]);
    default:
      return null;
  }
};

/** Global unicast only (ipaddr.js names every special range); an address embedding an IPv4 one is judged by it. */
const isGlobalUnicast = (address: Address): boolean => {
  if (address.kind() === 'ipv4') return address.range() === 'unicast';
  const v6 = address as ipaddr.IPv6;
  if (v6.range() === 'unicast') return v6.match(GLOBAL_UNICAST_V6);
  const v4 = embeddedIPv4(v6);
  return v4 !== null && isGlobalUnicast(v4);
};

/**
 * Parses an address the way Node connects to it. IPv6 goes through the WHATWG serialisation first, because
 * ipaddr.js reads the deprecated IPv4-compatible `::a.b.c.d` as IPv4-mapped `::ffff:a.b.c.d`.
 */
const parseAddress = (ip: string): Address | null => {
  const address = ip.replace(/^\[|\]$/g, '').split('%')[0];
  try {
    switch (isIP(address)) {
      case 4:
        return ipaddr.IPv4.parse(address);
      case 6:
        return ipaddr.IPv6.parse(new URL(`http://[${address}]/`).hostname.slice(1, -1));
      default:
        return null;
    }
  } catch {
    return null;
  }
};

/** True for every address that is not global unicast, and for anything that is not an IP address (fail closed). */
export const isPrivateAddress = (ip: string): boolean => {
  const address = parseAddress(ip);
  return address === null || !isGlobalUnicast(address);
};

const defaultLookup: LookupFn = (hostname, options) => dns.lookup(hostname, options);

/**
 * Checks a webhook target: http(s) only, no credentials, and (unless allowPrivate) every address the host
 * resolves to must be public. Resolution happens now: at subscribe time, to refuse a bad target at once, and in
 * the guarded client as a delivery connects, which then connects to one of the returned addresses (DNS rebinding).
 */
export const checkTargetUrl = async (url: string, options: TargetUrlOptions = {}): Promise<TargetUrlResult> => {
  const { allowPrivate = false, lookup = defaultLookup } = options;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, reason: 'The target URL is not a valid URL.' };
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    return { ok: false, reason: 'The target URL must use http or https.' };
  }
  if (parsed.username !== '' || parsed.password !== '') {
    return { ok: false, reason: 'The target URL must not contain credentials.' };
  }
  const host = parsed.hostname.replace(/^\[|\]$/g, '');
  if (host === '') {
    return { ok: false, reason: 'The target URL has no host.' };
  }
  if (allowPrivate) return { ok: true, url: parsed, addresses: [] };
  let addresses: string[];
  if (isIP(host) !== 0) {
    addresses = [host];
  } else {
    try {
      addresses = (await lookup(host, { all: true })).map((entry) => entry.address);
    } catch {
      return { ok: false, reason: `The host ${host} could not be resolved.` };
    }
  }
  if (addresses.length === 0) {
    return { ok: false, reason: `The host ${host} could not be resolved.` };
  }
  if (addresses.some(isPrivateAddress)) {
    return {
      ok: false,
      reason:
        'The target URL points to a private or otherwise non-public address (loopback, link-local, reserved, documentation...).',
    };
  }
  return { ok: true, url: parsed, addresses };
};
