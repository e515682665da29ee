import { checkTargetUrl, isPrivateAddress } from '../target-url';
import type { LookupFn } from '../target-url';

const fakeLookup = (table: Record<string, string[]>): jest.MockedFunction<LookupFn> =>
  jest.fn(async (hostname: string, _options: { all: true }) => {
    const addresses = table[hostname];
    if (!addresses) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
    return addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
  });

describe('isPrivateAddress', () => {
  // Every address that is not global unicast is refused; [address, why] so that a failure names the case.
  const refused: Array<[string, string]> = [
    ['0.0.0.0', 'this network'],
    ['10.0.0.1', 'private'],
    ['10.255.255.255', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.0.1', 'private'],
    ['100.64.0.1', 'CGNAT'],
    ['100.127.255.255', 'CGNAT'],
    ['127.0.0.1', 'loopback'],
    ['127.255.255.254', 'loopback'],
    ['169.254.169.254', 'link-local'],
    ['192.0.0.8', 'IETF protocol assignments'],
    ['192.0.2.1', 'TEST-NET-1'],
    ['198.51.100.7', 'TEST-NET-2'],
    ['203.0.113.255', 'TEST-NET-3'],
    ['198.18.0.1', 'benchmarking'],
    ['198.19.255.255', 'benchmarking'],
    ['192.88.99.1', '6to4 relay anycast'],
    ['224.0.0.1', 'multicast'],
    ['239.255.255.255', 'multicast'],
    ['240.0.0.1', 'reserved'],
    ['255.255.255.255', 'broadcast'],
    ['::', 'unspecified'],
    ['::1', 'loopback'],
    ['[::1]', 'loopback in brackets'],
    ['fc00::1', 'unique local'],
    ['fdff:ffff::1', 'unique local'],
    ['fe80::1', 'link-local'],
    ['febf::1', 'link-local'],
    ['fe80::1%eth0', 'link-local with zone'],
    ['fec0::1', 'site-local'],
    ['feff::1', 'site-local'],
    ['ff02::1', 'multicast'],
    ['100::1', 'discard-only'],
    ['fbff::1', 'outside 2000::/3'],
    ['4000::1', 'outside 2000::/3'],
    ['2001:db8::1', 'documentation'],
    ['3fff::1', 'documentation'],
    ['2001::1', 'Teredo'],
    ['2001:0:4136:e378:8000:63bf:3fff:fdd2', 'Teredo'],
    ['2001:2::1', 'benchmarking'],
    ['2001:10::1', 'ORCHID'],
    ['5f00::1', 'segment routing'],
    ['::ffff:127.0.0.1', 'IPv4-mapped loopback'],
    ['::ffff:7f00:1', 'IPv4-mapped loopback'],
    ['::ffff:10.1.2.3', 'IPv4-mapped private'],
    ['::ffff:169.254.169.254', 'IPv4-mapped link-local'],
    ['::ffff:192.0.2.1', 'IPv4-mapped TEST-NET'],
    ['::127.0.0.1', 'IPv4-compatible'],
    ['::8.8.8.8', 'IPv4-compatible, even public'],
    ['::ffff:0:808:808', 'IPv4-translated'],
    ['64:ff9b::a00:1', 'NAT64 of 10.0.0.1'],
    ['64:ff9b::127.0.0.1', 'NAT64 of loopback'],
    ['64:ff9b::c000:201', 'NAT64 of TEST-NET-1'],
    ['64:ff9b::6440:1', 'NAT64 of CGNAT'],
    ['64:ff9b:1::808:808', 'local-use NAT64'],
    ['64:ff9b:1:a00:1::', 'local-use NAT64'],
    ['2002:a00:1::1', '6to4 of 10.0.0.1'],
    ['2002:7f00:1::', '6to4 of loopback'],
    ['2002:c0a8:101::1', '6to4 of 192.168.1.1'],
    ['2002:a9fe:a9fe::1', '6to4 of link-local'],
    ['2002:cb00:7101::1', '6to4 of TEST-NET-3'],
    ['', 'empty'],
    ['example.com', 'a name'],
    ['１２７.0.0.1', 'fullwidth digits'],
    ['0x7f.1', 'shorthand'],
    ['010.0.0.1', 'octal'],
  ];
  const accepted: Array<[string, string]> = [
    ['8.8.8.8', 'public'],
    ['1.1.1.1', 'public'],
    ['9.255.255.255', 'below 10/8'],
    ['11.0.0.0', 'above 10/8'],
    ['100.63.255.255', 'below CGNAT'],
    ['100.128.0.0', 'above CGNAT'],
    ['172.15.255.255', 'below 172.16/12'],
    ['172.32.0.0', 'above 172.16/12'],
    ['192.167.255.255', 'below 192.168/16'],
    ['192.169.0.0', 'above 192.168/16'],
    ['169.253.255.255', 'below link-local'],
    ['198.17.255.255', 'below benchmarking'],
    ['198.20.0.0', 'above benchmarking'],
    ['192.0.3.0', 'after TEST-NET-1'],
    ['203.0.112.255', 'before TEST-NET-3'],
    ['223.255.255.255', 'below multicast'],
    ['2001:4860:4860::8888', 'public'],
    ['2606:4700:4700::1111', 'public'],
    ['2001:200::1', 'after 2001::/23'],
    ['2001:db9::1', 'after documentation'],
    ['3fff:1000::1', 'after 3fff::/20'],
    ['2c0f:f248::1', 'public'],
    ['::ffff:8.8.8.8', 'IPv4-mapped public'],
    ['64:ff9b::808:808', 'NAT64 of 8.8.8.8'],
    ['64:ff9b::1.1.1.1', 'NAT64 of 1.1.1.1'],
    ['2002:808:808::1', '6to4 of 8.8.8.8'],
  ];

  it.each(refused)('refuses %s (%s)', (ip) => {
    expect(isPrivateAddress(ip)).toBe(true);
  });

  it.each(accepted)('accepts %s (%s)', (ip) => {
    expect(isPrivateAddress(ip)).toBe(false);
  });
});

describe('checkTargetUrl', () => {
  const lookup = fakeLookup({
    'hooks.example.com': ['93.184.216.34'],
    'dual.example.com': ['93.184.216.34', '2606:2800:220:1:248:1893:25c8:1946'],
    'sneaky.example.com': ['93.184.216.34', '10.0.0.5'],
    'sneaky6.example.com': ['2606:2800:220:1::1', '::ffff:127.0.0.1'],
    'nat64.example.com': ['93.184.216.34', '64:ff9b::a9fe:a9fe'],
    'testnet.example.com': ['198.51.100.10'],
    localhost: ['127.0.0.1', '::1'],
    'empty.example.com': [],
  });

  it('accepts a public https URL and returns the resolved addresses', async () => {
    const result = await checkTargetUrl('https://hooks.example.com/zapier?x=1', { lookup });
    expect(result).toEqual({
      ok: true,
      url: new URL('https://hooks.example.com/zapier?x=1'),
      addresses: ['93.184.216.34'],
    });
    expect(lookup).toHaveBeenCalledWith('hooks.example.com', { all: true });
  });

  it('accepts a host with several public addresses', async () => {
    expect((await checkTargetUrl('http://dual.example.com', { lookup })).ok).toBe(true);
  });

  it('refuses when any resolved address is private', async () => {
    for (const url of [
      'https://sneaky.example.com/',
      'https://sneaky6.example.com/',
      'http://localhost:1337/api',
      'https://nat64.example.com/',
      'https://testnet.example.com/',
    ]) {
      const result = await checkTargetUrl(url, { lookup });
      expect(result).toEqual({ ok: false, reason: expect.stringMatching(/private/) });
    }
  });

  it('refuses private IP literals without a lookup, in all spellings', async () => {
    const noLookup = fakeLookup({});
    for (const url of [
      'http://127.0.0.1/',
      'http://[::1]:8080/',
      'http://0x7f.1/',
      'http://2130706433/',
      'http://[::ffff:7f00:1]/',
      'http://169.254.169.254/latest/meta-data',
      'http://0/',
      'http://[64:ff9b::a00:1]/',
      'http://[64:ff9b:1::a00:1]/',
      'http://[2002:a00:1::1]/',
      'http://[fec0::1]/',
      'http://[100::1]/',
      'http://192.0.2.1/',
      'http://[2001:db8::1]/',
      'http://[::127.0.0.1]/',
    ]) {
      const result = await checkTargetUrl(url, { lookup: noLookup });
      expect([url, result.ok]).toEqual([url, false]);
    }
    expect(noLookup).not.toHaveBeenCalled();
  });

  it('accepts a public IP literal', async () => {
    const result = await checkTargetUrl('https://[2606:4700:4700::1111]/hook', { lookup: fakeLookup({}) });
    expect(result).toMatchObject({ ok: true, addresses: ['2606:4700:4700::1111'] });
  });

  it('allows private targets when configured, without resolving', async () => {
    const spy = fakeLookup({});
    const result = await checkTargetUrl('http://localhost:3000/hook', { allowPrivate: true, lookup: spy });
    expect(result.ok).toBe(true);
    expect(spy).not.toHaveBeenCalled();
  });

  it('refuses other schemes, credentials and invalid URLs', async () => {
    const cases: Array<[string, RegExp]> = [
      ['ftp://hooks.example.com/', /http or https/],
      ['file:///etc/passwd', /http or https/],
      ['javascript:alert(1)', /http or https/],
      ['https://user:pass@hooks.example.com/', /credentials/],
      ['https://user@hooks.example.com/', /credentials/],
      ['not a url', /not a valid URL/],
      ['', /not a valid URL/],
      ['https://', /not a valid URL/],
    ];
    for (const [url, reason] of cases) {
      const result = await checkTargetUrl(url, { lookup, allowPrivate: true });
      expect(result).toEqual({ ok: false, reason: expect.stringMatching(reason) });
    }
  });

  it('refuses hosts that do not resolve or resolve to nothing', async () => {
    expect(await checkTargetUrl('https://nowhere.example.com/', { lookup })).toEqual({
      ok: false,
      reason: expect.stringMatching(/could not be resolved/),
    });
    expect((await checkTargetUrl('https://empty.example.com/', { lookup })).ok).toBe(false);
  });

  it('resolves unicode host names in their punycode form', async () => {
    const idn = fakeLookup({ 'xn--bcher-kva.example': ['93.184.216.34'] });
    expect((await checkTargetUrl('https://bücher.example/hook', { lookup: idn })).ok).toBe(true);
    expect(idn).toHaveBeenCalledWith('xn--bcher-kva.example', { all: true });
  });
});
