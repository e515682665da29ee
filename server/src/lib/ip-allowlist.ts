import { BlockList, SocketAddress, isIP } from 'node:net';

type Family = 'ipv4' | 'ipv6';

interface Subnet {
  address: string;
  prefix: number;
  family: Family;
}

const PREFIX_DIGITS = /^\d{1,3}$/;
const MAPPED_V4 = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i;

/** Parses `a.b.c.d`, `a.b.c.d/n`, `x::y` or `x::y/n` (no zone id, no spaces); a bare address is /32 or /128. */
const parseSubnet = (entry: string): Subnet | null => {
  const parts = entry.split('/');
  if (parts.length > 2 || parts[0].includes('%')) return null;
  const version = isIP(parts[0]);
  if (version === 0) return null;
  const family: Family = version === 4 ? 'ipv4' : 'ipv6';
  const max = version === 4 ? 32 : 128;
  if (parts.length === 1) return { address: parts[0], prefix: max, family };
  if (!PREFIX_DIGITS.test(parts[1])) return null;
  const prefix = Number(parts[1]);
  return prefix <= max ? { address: parts[0], prefix, family } : null;
};

export const isValidCidr = (entry: string): boolean => parseSubnet(entry) !== null;

/** Node's canonical text for an IPv6 address (lower case, a mapped IPv4 address in dotted form). */
const normalizeIPv6 = (address: string): string => new SocketAddress({ address, family: 'ipv6' }).address;

/**
 * Client address forms to check: the address itself (zone id dropped) and, for an IPv4-mapped
 * IPv6 address (`::ffff:127.0.0.1`, also written `::ffff:7f00:1`), the IPv4 address.
 */
export const clientAddressForms = (ip: string): Array<{ address: string; family: Family }> => {
  const address = ip.split('%')[0];
  const version = isIP(address);
  if (version === 4) return [{ address, family: 'ipv4' }];
  if (version !== 6) return [];
  const forms: Array<{ address: string; family: Family }> = [{ address, family: 'ipv6' }];
  const mapped = MAPPED_V4.exec(normalizeIPv6(address));
  if (mapped) forms.push({ address: mapped[1], family: 'ipv4' });
  return forms;
};

/**
 * Matcher for an allowlist of CIDR entries. An empty list allows every address.
 * Invalid entries are ignored but never widen the list: if none is valid, nothing matches.
 * An invalid client address never matches.
 */
export const createIpMatcher = (entries: readonly string[]): ((ip: string) => boolean) => {
  if (entries.length === 0) return () => true;
  const list = new BlockList();
  for (const entry of entries) {
    const subnet = parseSubnet(entry);
    if (subnet) list.addSubnet(subnet.address, subnet.prefix, subnet.family);
  }
  return (ip: string) => clientAddressForms(ip).some(({ address, family }) => list.check(address, family));
};
