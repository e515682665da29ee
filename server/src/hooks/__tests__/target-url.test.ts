import { checkTargetUrl } from '../target-url';
import type { LookupFn } from '../target-url';

const fakeLookup = (table: Record<string, string[]>): jest.MockedFunction<LookupFn> =>
  jest.fn(async (hostname: string, _options: { all: true }) => {
    const addresses = table[hostname];
    if (!addresses) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
    return addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
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
