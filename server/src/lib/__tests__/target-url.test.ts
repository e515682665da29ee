import { checkTargetUrl, isPrivateAddress } from '../target-url';
import type { LookupFn } from '../target-url';

const fakeLookup = (table: Record<string, string[]>): jest.MockedFunction<LookupFn> =>
  jest.fn(async (hostname: string, _options: { all: true }) => {
    const addresses = table[hostname];
    if (!addresses) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
    return addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
  });

describe('isPrivateAddress', () => {
  it('flags non-public IPv4 ranges, at their edges', () => {
    for (const ip of ['0.0.0.0', '10.0.0.1', '10.255.255.255', '100.64.0.1', '100.127.255.255', '127.0.0.1',
      '127.255.255.254', '169.254.169.254', '172.16.0.1', '172.31.255.255', '192.168.0.1', '224.0.0.1',
      '239.255.255.255', '240.0.0.1', '255.255.255.255']) {
      expect([ip, isPrivateAddress(ip)]).toEqual([ip, true]);
    }
  });

  it('lets public IPv4 addresses through, next to the private ranges', () => {
    for (const ip of ['8.8.8.8', '1.1.1.1', '9.255.255.255', '11.0.0.0', '100.63.255.255', '100.128.0.0',
      '172.15.255.255', '172.32.0.0', '192.167.255.255', '192.169.0.0', '223.255.255.255', '169.253.255.255']) {
      expect([ip, isPrivateAddress(ip)]).toEqual([ip, false]);
    }
  });

  it('flags non-public IPv6 addresses', () => {
    for (const ip of ['::', '::1', 'fc00::1', 'fdff:ffff::1', 'fe80::1', 'febf::1', 'ff02::1', 'fe80::1%eth0', '[::1]',
      '::ffff:127.0.0.1', '::ffff:7f00:1', '::ffff:10.1.2.3', '::ffff:169.254.169.254', '64:ff9b::a00:1', '::127.0.0.1']) {
      expect([ip, isPrivateAddress(ip)]).toEqual([ip, true]);
    }
  });

  it('lets public IPv6 addresses through', () => {
    for (const ip of ['2001:4860:4860::8888', '2606:4700:4700::1111', 'fec0::1', 'fbff::1', '::ffff:8.8.8.8',
      '64:ff9b::808:808']) {
      expect([ip, isPrivateAddress(ip)]).toEqual([ip, false]);
    }
  });

  it('treats anything that is not an IP address as private', () => {
    expect(isPrivateAddress('')).toBe(true);
    expect(isPrivateAddress('example.com')).toBe(true);
    expect(isPrivateAddress('１２７.0.0.1')).toBe(true);
  });
});

describe('checkTargetUrl', () => {
  const lookup = fakeLookup({
    'hooks.example.com': ['93.184.216.34'],
    'dual.example.com': ['93.184.216.34', '2606:2800:220:1:248:1893:25c8:1946'],
    'sneaky.example.com': ['93.184.216.34', '10.0.0.5'],
    'sneaky6.example.com': ['2606:2800:220:1::1', '::ffff:127.0.0.1'],
    localhost: ['127.0.0.1', '::1'],
    'empty.example.com': [],
  });

  it('accepts a public https URL and returns the resolved addresses', async () => {
    const result = await checkTargetUrl('https://hooks.example.com/zapier?x=1', { lookup });
    expect(result).toEqual({ ok: true, url: new URL('https://hooks.example.com/zapier?x=1'), addresses: ['93.184.216.34'] });
    expect(lookup).toHaveBeenCalledWith('hooks.example.com', { all: true });
  });

  it('accepts a host with several public addresses', async () => {
    expect((await checkTargetUrl('http://dual.example.com', { lookup })).ok).toBe(true);
  });

  it('refuses when any resolved address is private', async () => {
    for (const url of ['https://sneaky.example.com/', 'https://sneaky6.example.com/', 'http://localhost:1337/api']) {
      const result = await checkTargetUrl(url, { lookup });
      expect(result).toEqual({ ok: false, reason: expect.stringMatching(/private/) });
    }
  });

  it('refuses private IP literals without a lookup, in all spellings', async () => {
    const noLookup = fakeLookup({});
    for (const url of ['http://127.0.0.1/', 'http://[::1]:8080/', 'http://0x7f.1/', 'http://2130706433/',
      'http://[::ffff:7f00:1]/', 'http://169.254.169.254/latest/meta-data', 'http://0/']) {
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
