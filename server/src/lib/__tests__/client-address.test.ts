import {
  clientBucket,
  parseForwardedFor,
  resolveClientAddress,
  trustsProxiesWithoutBound,
  type ProxyTrust,
} from '../client-address';
import { createIpMatcher } from '../ip-allowlist';

const SOCKET = '10.0.0.2';
const off: ProxyTrust = { proxy: false, maxIpsCount: 0, isTrustedProxy: null };
const unbounded: ProxyTrust = { proxy: true, maxIpsCount: 0, isTrustedProxy: null };
const trusting = (entries: string[], rest: Partial<ProxyTrust> = {}): ProxyTrust => ({
  ...unbounded,
  isTrustedProxy: createIpMatcher(entries),
  ...rest,
});

describe('parseForwardedFor', () => {
  it('splits, trims, drops empty hops and the ports some load balancers add', () => {
    expect(
      parseForwardedFor(' 203.0.113.7 ,, 198.51.100.9:5678,[2001:db8::1]:443, [2001:db8::2], 2001:db8::3 ,')
    ).toEqual(['203.0.113.7', '198.51.100.9', '2001:db8::1', '2001:db8::2', '2001:db8::3']);
    expect(parseForwardedFor(undefined)).toEqual([]);
    expect(parseForwardedFor('')).toEqual([]);
  });
});

describe('resolveClientAddress', () => {
  it('ignores the header when no proxy is trusted', () => {
    expect(resolveClientAddress(SOCKET, '203.0.113.7', off)).toBe(SOCKET);
  });

  it('falls back to the socket address without a header', () => {
    expect(resolveClientAddress(SOCKET, undefined, unbounded)).toBe(SOCKET);
    expect(resolveClientAddress(SOCKET, ' , ', unbounded)).toBe(SOCKET);
    expect(resolveClientAddress(SOCKET, undefined, trusting(['10.0.0.0/8']))).toBe(SOCKET);
  });

  it('with proxies on and no bound, takes the right-most entry, never what the client put to its left', () => {
    expect(resolveClientAddress(SOCKET, '203.0.113.7', unbounded)).toBe('203.0.113.7');
    expect(resolveClientAddress(SOCKET, '203.0.113.7, 198.51.100.9', unbounded)).toBe('198.51.100.9');
    expect(resolveClientAddress(SOCKET, 'a, b, c, 198.51.100.9', unbounded)).toBe('198.51.100.9');
  });

  it('with maxIpsCount, takes what the farthest of that many proxies saw, as Koa does', () => {
    const two = { ...unbounded, maxIpsCount: 2 };
    expect(resolveClientAddress(SOCKET, '203.0.113.7, 198.51.100.9, 10.1.2.3', two)).toBe('198.51.100.9');
    expect(resolveClientAddress(SOCKET, '198.51.100.9, 10.1.2.3', two)).toBe('198.51.100.9');
    expect(resolveClientAddress(SOCKET, '198.51.100.9', two)).toBe('198.51.100.9');
    expect(resolveClientAddress(SOCKET, '203.0.113.7, 198.51.100.9', { ...unbounded, maxIpsCount: 1 })).toBe(
      '198.51.100.9'
    );
  });

  it('with trustedProxies, walks from the socket leftwards past trusted hops to the first untrusted one', () => {
    const trust = trusting(['10.0.0.0/8', '2001:db8:cafe::/48']);
    expect(resolveClientAddress(SOCKET, '203.0.113.7, 198.51.100.9, 10.1.2.3', trust)).toBe('198.51.100.9');
    expect(resolveClientAddress(SOCKET, '203.0.113.7, 198.51.100.9, 2001:db8:cafe::5, 10.1.2.3', trust)).toBe(
      '198.51.100.9'
    );
    expect(resolveClientAddress(SOCKET, '198.51.100.9', trust)).toBe('198.51.100.9');
    // A trusted hop the client wrote to the left of an untrusted one changes nothing.
    expect(resolveClientAddress(SOCKET, '10.9.9.9, 198.51.100.9', trust)).toBe('198.51.100.9');
  });

  it('with trustedProxies, a socket peer outside the list is the client, whatever its header says', () => {
    expect(resolveClientAddress('198.51.100.9', '203.0.113.7', trusting(['10.0.0.0/8']))).toBe('198.51.100.9');
  });

  it('with trustedProxies, recognises an IPv4-mapped socket address', () => {
    expect(resolveClientAddress('::ffff:10.0.0.2', '198.51.100.9', trusting(['10.0.0.0/8']))).toBe('198.51.100.9');
  });

  it('with trustedProxies, stops at a hop that is not an address (a trusted proxy wrote it; it matches no allowlist)', () => {
    expect(resolveClientAddress(SOCKET, '203.0.113.7, unknown, 10.1.2.3', trusting(['10.0.0.0/8']))).toBe('unknown');
  });

  it('with trustedProxies and every hop trusted, takes the farthest one', () => {
    expect(resolveClientAddress(SOCKET, '10.5.5.5, 10.1.2.3', trusting(['10.0.0.0/8']))).toBe('10.5.5.5');
  });

  it('with trustedProxies and maxIpsCount, reads no further left than maxIpsCount entries', () => {
    const trust = trusting(['10.0.0.0/8'], { maxIpsCount: 1 });
    expect(resolveClientAddress(SOCKET, '203.0.113.7, 10.5.5.5, 10.1.2.3', trust)).toBe('10.1.2.3');
  });

  it('applies trustedProxies even when Koa trusts no proxy', () => {
    expect(resolveClientAddress(SOCKET, '203.0.113.7, 198.51.100.9', trusting(['10.0.0.0/8'], { proxy: false }))).toBe(
      '198.51.100.9'
    );
  });
});

describe('trustsProxiesWithoutBound', () => {
  it('is true only for proxies on with neither maxIpsCount nor trustedProxies', () => {
    expect(trustsProxiesWithoutBound(unbounded)).toBe(true);
    expect(trustsProxiesWithoutBound(off)).toBe(false);
    expect(trustsProxiesWithoutBound({ ...unbounded, maxIpsCount: 1 })).toBe(false);
    expect(trustsProxiesWithoutBound(trusting(['10.0.0.0/8']))).toBe(false);
  });
});

describe('clientBucket', () => {
  it('keeps an IPv4 address whole, and reads an IPv4-mapped IPv6 address as IPv4', () => {
    expect(clientBucket('203.0.113.7')).toBe('203.0.113.7');
    expect(clientBucket('203.0.113.8')).toBe('203.0.113.8');
    expect(clientBucket('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(clientBucket('::ffff:cb00:7107')).toBe('203.0.113.7');
  });

  it('counts an IPv6 address as its /64, whatever its spelling or zone', () => {
    const bucket = '2001:db8:1:2::/64';
    for (const address of [
      '2001:db8:1:2::1',
      '2001:DB8:1:2:ffff:ffff:ffff:ffff',
      '2001:0db8:0001:0002:0:0:0:9',
      'fe80::1%eth0',
    ]) {
      expect(clientBucket(address)).toBe(address.startsWith('fe80') ? 'fe80::/64' : bucket);
    }
    expect(clientBucket('2001:db8:1:3::1')).toBe('2001:db8:1:3::/64');
  });

  it('counts what is not an address as itself', () => {
    expect(clientBucket('')).toBe('');
    expect(clientBucket('unknown')).toBe('unknown');
  });
});
