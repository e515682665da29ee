import { BlockList, isIP } from 'node:net';
import { promises as dns } from 'node:dns';

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

/** IPv4 ranges that are not public unicast: this network, private, CGNAT, loopback, link-local, multicast, reserved. */
const PRIVATE_V4: ReadonlyArray<[string, number]> = [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16],
  ['172.16.0.0', 12], ['192.0.0.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['224.0.0.0', 4],
  ['240.0.0.0', 4],
];

/** IPv6: unspecified, loopback and IPv4-compatible (::/96), unique local, link-local, multicast. */
const PRIVATE_V6: ReadonlyArray<[string, number]> = [
  ['::', 96], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8],
];

/** IPv6 prefixes (/96) that embed an IPv4 address in their last 32 bits: mapped and NAT64. */
const EMBEDDING_V6 = ['::ffff:', '64:ff9b::'];

const PRIVATE = (() => {
  const list = new BlockList();
  for (const [address, prefix] of PRIVATE_V4) {
    list.addSubnet(address, prefix, 'ipv4');
    for (const embedding of EMBEDDING_V6) list.addSubnet(embedding + address, 96 + prefix, 'ipv6');
  }
  for (const [address, prefix] of PRIVATE_V6) list.addSubnet(address, prefix, 'ipv6');
  return list;
})();

/** True for a non-public address, and for anything that is not an IP address (fail closed). */
export const isPrivateAddress = (ip: string): boolean => {
  const address = ip.replace(/^\[|\]$/g, '').split('%')[0];
  const version = isIP(address);
  if (version === 0) return true;
  return PRIVATE.check(address, version === 4 ? 'ipv4' : 'ipv6');
};

const defaultLookup: LookupFn = (hostname, options) => dns.lookup(hostname, options);

/**
 * Checks a webhook target: http(s) only, no credentials, and (unless allowPrivate) every address the host
 * resolves to must be public. Resolution happens now; the delivery must check again (DNS rebinding),
 * ideally connecting to one of the returned addresses.
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
    return { ok: false, reason: 'The target URL points to a private, loopback or link-local address.' };
  }
  return { ok: true, url: parsed, addresses };
};
