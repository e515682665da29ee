import { isValidCidr } from '../../../../shared/cidr';
import { clientAddressForms, createIpMatcher } from '../ip-allowlist';

describe('isValidCidr', () => {
  it('accepts IPv4 and IPv6 addresses and subnets', () => {
    for (const entry of ['10.0.0.0/8', '192.168.1.7', '0.0.0.0/0', '1.2.3.4/32', '::1', '2001:db8::/32', '::/0',
      'fe80::/10', '2001:db8::1/128', '::ffff:10.0.0.0/104']) {
      expect(isValidCidr(entry)).toBe(true);
    }
  });

  it('refuses malformed entries', () => {
    for (const entry of ['', '/8', '10.0.0.0/', '10.0.0.0/33', '::/129', '10.0.0.0/-1', '10.0.0.0/+8', '10.0.0.0/8/8',
      '10.0.0.256', '10.0.0', '01.2.3.4', ' 10.0.0.1', '10.0.0.1 ', 'localhost', '10.0.0.0/8a', '10.0.0.0/1e1',
      'fe80::1%eth0', '2001:db8:::1', '１0.0.0.1', '10.0.0.0/８', ':::::', '1:2:3', '::1::2', '127.1', '0x7f.0.0.1',
      '[::1]', '::1/', '10.0.0.0/8 ']) {
      expect(isValidCidr(entry)).toBe(false);
    }
  });
});

describe('createIpMatcher', () => {
  it('allows everything for an empty list', () => {
    const match = createIpMatcher([]);
    expect(match('8.8.8.8')).toBe(true);
    expect(match('::1')).toBe(true);
  });

  it('matches IPv4 subnets and single addresses, at the edges', () => {
    const match = createIpMatcher(['10.0.0.0/8', '192.168.1.7']);
    expect(match('10.0.0.0')).toBe(true);
    expect(match('10.255.255.255')).toBe(true);
    expect(match('11.0.0.0')).toBe(false);
    expect(match('9.255.255.255')).toBe(false);
    expect(match('192.168.1.7')).toBe(true);
    expect(match('192.168.1.8')).toBe(false);
  });

  it('matches IPv6 subnets', () => {
    const match = createIpMatcher(['2001:db8::/32', '::1']);
    expect(match('2001:db8:ffff::1')).toBe(true);
    expect(match('2001:DB8::abcd')).toBe(true);
    expect(match('2001:db9::1')).toBe(false);
    expect(match('::1')).toBe(true);
    expect(match('::2')).toBe(false);
    expect(match('fe80::1%eth0')).toBe(false);
  });

  it('matches IPv4-mapped IPv6 clients against IPv4 rules', () => {
    const match = createIpMatcher(['127.0.0.0/8']);
    expect(match('::ffff:127.0.0.1')).toBe(true);
    expect(match('::FFFF:127.0.0.1')).toBe(true);
    expect(match('::ffff:7f00:1')).toBe(true);
    expect(match('::ffff:128.0.0.1')).toBe(false);
    expect(match('127.0.0.1')).toBe(true);
  });

  it('matches IPv4 clients against IPv6 rules that cover their mapped form', () => {
    expect(createIpMatcher(['::/0'])('8.8.8.8')).toBe(true);
    expect(createIpMatcher(['::ffff:10.0.0.0/104'])('10.1.2.3')).toBe(true);
    expect(createIpMatcher(['::ffff:10.0.0.0/104'])('11.1.2.3')).toBe(false);
    expect(createIpMatcher(['2001:db8::/32'])('8.8.8.8')).toBe(false);
  });

  it('refuses invalid client addresses', () => {
    const match = createIpMatcher(['0.0.0.0/0', '::/0']);
    expect(match('1.2.3.4')).toBe(true);
    expect(match('')).toBe(false);
    expect(match('not-an-ip')).toBe(false);
    expect(match('1.2.3.4:80')).toBe(false);
    expect(match('１.2.3.4')).toBe(false);
  });

  it('fails closed when every entry is invalid', () => {
    const match = createIpMatcher(['garbage', '10.0.0.0/40']);
    expect(match('10.0.0.1')).toBe(false);
    expect(match('8.8.8.8')).toBe(false);
  });

  it('ignores invalid entries next to valid ones', () => {
    const match = createIpMatcher(['garbage', '10.0.0.0/8']);
    expect(match('10.1.2.3')).toBe(true);
    expect(match('8.8.8.8')).toBe(false);
  });
});

describe('clientAddressForms', () => {
  it('adds the IPv4 form of a mapped address and drops zone ids', () => {
    const forms = (ip: string) => clientAddressForms(ip).map((address) => `${address.kind()} ${address.toString()}`);
    expect(forms('::ffff:7f00:1')).toEqual(['ipv6 ::ffff:7f00:1', 'ipv4 127.0.0.1']);
    expect(forms('::FFFF:127.0.0.1')).toEqual(['ipv6 ::ffff:7f00:1', 'ipv4 127.0.0.1']);
    expect(forms('fe80::1%eth0')).toEqual(['ipv6 fe80::1']);
    expect(forms('127.0.0.1')).toEqual(['ipv4 127.0.0.1', 'ipv6 ::ffff:7f00:1']);
    expect(forms('x')).toEqual([]);
  });

  it('reads the IPv4-compatible ::a.b.c.d as IPv6, not as a mapped IPv4 address', () => {
    expect(clientAddressForms('::127.0.0.1').map(String)).toEqual(['::7f00:1']);
    expect(createIpMatcher(['127.0.0.0/8'])('::127.0.0.1')).toBe(false);
    expect(createIpMatcher(['::127.0.0.1'])('::7f00:1')).toBe(true);
  });
});
