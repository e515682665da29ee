/**
 * IP addresses and CIDR ranges, as a token's allowlist and the trusted proxies hold them: one parser (ipaddr.js) for
 * the admin form and the server. Pure: no Node, no DOM beyond the WHATWG URL both have.
 */
import ipaddr from 'ipaddr.js';

export type IpAddress = ipaddr.IPv4 | ipaddr.IPv6;

export interface Cidr {
  address: IpAddress;
  prefix: number;
}

/**
 * A plain address: IPv4 in four decimal parts (no `127.1`, `0x7f.0.0.1` or `010.0.0.1`), IPv6 without a zone id.
 * IPv6 goes through the WHATWG serialisation first, because ipaddr.js reads the deprecated IPv4-compatible
 * `::a.b.c.d` as IPv4-mapped `::ffff:a.b.c.d`.
 */
export const parseIpAddress = (text: string): IpAddress | null => {
  if (ipaddr.IPv4.isValidFourPartDecimal(text)) return ipaddr.IPv4.parse(text);
  if (text.includes('%') || !ipaddr.IPv6.isValid(text)) return null;
  try {
    return ipaddr.IPv6.parse(new URL(`http://[${text}]/`).hostname.slice(1, -1));
  } catch {
    return null;
  }
};

/** `a.b.c.d`, `a.b.c.d/n`, `x::y` or `x::y/n`, no spaces; a bare address is /32 or /128. Null when malformed. */
export const parseCidr = (entry: string): Cidr | null => {
  const [text, bits, ...rest] = entry.split('/');
  const address = rest.length === 0 ? parseIpAddress(text) : null;
  if (!address) return null;
  const max = address.kind() === 'ipv4' ? 32 : 128;
  if (bits === undefined) return { address, prefix: max };
  // ipaddr.js checks the prefix: ASCII digits only, within the family's bounds.
  return ipaddr.isValidCIDR(`${address.toString()}/${bits}`) ? { address, prefix: Number(bits) } : null;
};

export const isValidCidr = (entry: string): boolean => parseCidr(entry) !== null;

/** True when `address` lies in `range`; an IPv4 address never lies in an IPv6 range, nor the reverse. */
export const cidrContains = (range: Cidr, address: IpAddress): boolean =>
  address.kind() === range.address.kind() && address.match(range.address, range.prefix);
