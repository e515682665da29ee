import { isValidCidr } from '../../../../shared/cidr';
import { clientAddressForms, createIpMatcher } from '../ip-allowlist';

describe('isValidCidr', () => {
  it.each([
    ['IPv4 addresses and subnets', ['10.0.0.0/8', '192.168.1.7', '0.0.0.0/0', '1.2.3.4/32']],
    [
      'IPv6 addresses and subnets',
      ['::1', '2001:db8::/32', '::/0', 'fe80::/10', '2001:db8::1/128', '::ffff:10.0.0.0/104'],
    ],
  ])('accepts %s', (_, entries) => {
    expect(entries.filter((entry) => !isValidCidr(entry))).toEqual([]);
  });

  it.each([
    ['an empty entry, address or prefix', ['', '/8', '10.0.0.0/', '::1/']],
    [
      'a prefix out of range, signed or doubled',
      ['10.0.0.0/33', '::/129', '10.0.0.0/-1', '10.0.0.0/+8', '10.0.0.0/8/8'],
    ],
    ['a prefix not in plain digits', ['10.0.0.0/8a', '10.0.0.0/1e1', '10.0.0.0/８']],
    ['IPv4 shorthands and malformed IPv4', ['10.0.0.256', '10.0.0', '01.2.3.4', '127.1', '0x7f.0.0.1', '１0.0.0.1']],
    ['malformed IPv6 and zone ids', ['2001:db8:::1', ':::::', '1:2:3', '::1::2', '[::1]', 'fe80::1%eth0']],
    ['spaces around an entry, and host names', [' 10.0.0.1', '10.0.0.1 ', '10.0.0.0/8 ', 'localhost']],
  ])('refuses %s', (_, entries) => {
    expect(entries.filter((entry) => isValidCidr(entry))).toEqual([]);
  });
});

describe('createIpMatcher', () => {
  // [case, allowlist, clients let in, clients kept out]
  const cases: Array<[string, string[], string[], string[]]> = [
    ['an empty list allows everything', [], ['8.8.8.8', '::1'], []],
    [
      'IPv4 subnets and single addresses, at the edges',
      ['10.0.0.0/8', '192.168.1.7'],
      ['10.0.0.0', '10.255.255.255', '192.168.1.7'],
      ['11.0.0.0', '9.255.255.255', '192.168.1.8'],
    ],
    [
      'IPv6 subnets',
      ['2001:db8::/32', '::1'],
      ['2001:db8:ffff::1', '2001:DB8::abcd', '::1'],
      ['2001:db9::1', '::2', 'fe80::1%eth0'],
    ],
    [
      'IPv4-mapped IPv6 clients against IPv4 rules',
      ['127.0.0.0/8'],
      ['::ffff:127.0.0.1', '::FFFF:127.0.0.1', '::ffff:7f00:1', '127.0.0.1'],
      ['::ffff:128.0.0.1'],
    ],
    ['IPv4 clients against an IPv6 rule covering every address', ['::/0'], ['8.8.8.8'], []],
    [
      'IPv4 clients against an IPv6 rule covering their mapped form',
      ['::ffff:10.0.0.0/104'],
      ['10.1.2.3'],
      ['11.1.2.3'],
    ],
    ['IPv4 clients against an IPv6 rule that does not cover them', ['2001:db8::/32'], [], ['8.8.8.8']],
    [
      'invalid client addresses are refused',
      ['0.0.0.0/0', '::/0'],
      ['1.2.3.4'],
      ['', 'not-an-ip', '1.2.3.4:80', '１.2.3.4'],
    ],
    ['fails closed when every entry is invalid', ['garbage', '10.0.0.0/40'], [], ['10.0.0.1', '8.8.8.8']],
    ['ignores invalid entries next to valid ones', ['garbage', '10.0.0.0/8'], ['10.1.2.3'], ['8.8.8.8']],
  ];

  it.each(cases)('%s', (_, allowlist, allowed, refused) => {
    const match = createIpMatcher(allowlist);
    expect(allowed.filter((ip) => !match(ip))).toEqual([]);
    expect(refused.filter((ip) => match(ip))).toEqual([]);
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
