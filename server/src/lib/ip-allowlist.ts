import ipaddr from 'ipaddr.js';

import { cidrContains, parseCidr, parseIpAddress, type Cidr, type IpAddress } from '../../../shared/cidr';

/**
 * Client address forms to check: the address itself (zone id dropped) and its other form: for an IPv4-mapped
 * IPv6 address (`::ffff:127.0.0.1`, also written `::ffff:7f00:1`) the IPv4 address, for an IPv4 address the mapped
 * one, so that an IPv6 range covering `::ffff:0:0/96` (such as `::/0`) holds IPv4 clients too.
 */
export const clientAddressForms = (ip: string): IpAddress[] => {
  const address = parseIpAddress(ip.split('%')[0]);
  if (!address) return [];
  if (address instanceof ipaddr.IPv4) return [address, address.toIPv4MappedAddress()];
  return address.isIPv4MappedAddress() ? [address, address.toIPv4Address()] : [address];
};

/**
 * Matcher for an allowlist of CIDR entries. An empty list allows every address.
 * Invalid entries are ignored but never widen the list: if none is valid, nothing matches.
 * An invalid client address never matches.
 */
export const createIpMatcher = (entries: readonly string[]): ((ip: string) => boolean) => {
  if (entries.length === 0) return () => true;
  const ranges = entries.map(parseCidr).filter((range): range is Cidr => range !== null);
  return (ip: string) => clientAddressForms(ip).some((address) => ranges.some((range) => cidrContains(range, address)));
};
