import { proxyAuthorization, proxyFor } from '../outbound-proxy';

describe('proxyFor', () => {
  const proxyOf = (protocol: string, settings: Parameters<typeof proxyFor>[1]) => {
    const choice = proxyFor(protocol, settings);
    return choice.ok ? (choice.proxy?.href ?? null) : choice;
  };

  it('picks the proxy Strapi gives node:http(s) for the scheme', () => {
    expect(proxyOf('http:', {})).toBeNull();
    expect(proxyOf('https:', {})).toBeNull();
    expect(proxyOf('http:', { global: 'http://global:3128' })).toBe('http://global:3128/');
    expect(proxyOf('https:', { global: 'http://global:3128' })).toBe('http://global:3128/');
    expect(proxyOf('http:', { global: 'http://global:3128', http: 'http://plain:3128' })).toBe('http://plain:3128/');
    expect(proxyOf('https:', { global: 'http://global:3128', https: 'http://tls:3128' })).toBe('http://tls:3128/');
  });

  it('sends https through the http proxy when it is the only one, as global-agent does; never http through https', () => {
    expect(proxyOf('https:', { http: 'http://plain:3128' })).toBe('http://plain:3128/');
    expect(proxyOf('http:', { https: 'http://tls:3128' })).toBeNull();
  });

  it('refuses a proxy it cannot use, naming the setting and never echoing its credentials', () => {
    expect(proxyOf('https:', { https: 'https://user:pw@tls:3128' })).toEqual({
      ok: false,
      reason: 'server.proxy.https must be an http:// proxy URL (got https://).',
    });
    expect(proxyOf('http:', { global: 'socks5://proxy:1080' })).toMatchObject({
      ok: false,
      reason: /server.proxy.global/,
    });
    expect(proxyOf('http:', { http: 'not a url' })).toEqual({ ok: false, reason: 'server.proxy.http is not a URL.' });
  });
});

describe('proxyAuthorization', () => {
  it('is Basic over the decoded user and password, absent without credentials', () => {
    const basic = (value: string) => `Basic ${Buffer.from(value).toString('base64')}`;
    expect(proxyAuthorization(new URL('http://proxy:3128'))).toBeUndefined();
    expect(proxyAuthorization(new URL('http://hooks:s3cr%40t@proxy:3128'))).toBe(basic('hooks:s3cr@t'));
    expect(proxyAuthorization(new URL('http://token@proxy:3128'))).toBe(basic('token:'));
  });
});
