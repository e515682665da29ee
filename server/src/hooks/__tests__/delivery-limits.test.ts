import {
  createDeliveryLimiter,
  deliveryLimits,
  hostOf,
  type DeliveryKeys,
  type DeliveryLimits,
} from '../delivery-limits';

const keys = (subscriptionId: number, tokenId: number | null, host: string): DeliveryKeys => ({
  subscriptionId,
  tokenId,
  host,
});
const same = (candidate: DeliveryKeys) => candidate;

describe('hostOf', () => {
  it('is the lower-cased host name, whatever the port, path or credentials', () => {
    expect(hostOf('https://Hooks.Example.com:8443/a?b=c')).toBe('hooks.example.com');
    expect(hostOf('http://user:pw@hooks.example.com/x')).toBe('hooks.example.com');
    expect(hostOf('http://[::1]:9/x')).toBe('[::1]');
  });

  it('falls back to the text itself when it is not a URL', () => {
    expect(hostOf('not a url')).toBe('not a url');
    expect(hostOf(null)).toBe('');
  });
});

describe('deliveryLimits', () => {
  // Token and host are capped at the total; a subscription gets half of the smaller, and never less than one slot.
  it.each([
    ['all within the total', [16, 8, 8], [16, 8, 8, 4]],
    ['token and host above the total', [4, 8, 8], [4, 4, 4, 2]],
    ['host the smaller', [4, 4, 2], [4, 4, 2, 1]],
    ['one slot everywhere', [1, 1, 1], [1, 1, 1, 1]],
  ])(
    '%s',
    (_case, [concurrency, concurrencyPerToken, concurrencyPerHost], [total, perToken, perHost, perSubscription]) => {
      expect(deliveryLimits({ concurrency, concurrencyPerToken, concurrencyPerHost })).toEqual({
        total,
        perToken,
        perHost,
        perSubscription,
      });
    }
  );
});

describe('createDeliveryLimiter', () => {
  const limits: DeliveryLimits = { total: 6, perToken: 4, perHost: 3, perSubscription: 2 };

  it('keeps every subscription, token and host within its limit, oldest first', () => {
    const limiter = createDeliveryLimiter(limits, []);
    const due = [
      keys(1, 1, 'a'),
      keys(1, 1, 'a'),
      keys(1, 1, 'a'),
      keys(2, 1, 'a'),
      keys(2, 1, 'a'),
      keys(3, 1, 'b'),
      keys(4, 1, 'b'),
      keys(5, 2, 'c'),
    ];
    // sub 1 stops at 2; host a at 3; token 1 at 4 (the second b is left); token 2 is free.
    expect(limiter.pick(due, same)).toEqual([
      keys(1, 1, 'a'),
      keys(1, 1, 'a'),
      keys(2, 1, 'a'),
      keys(3, 1, 'b'),
      keys(5, 2, 'c'),
    ]);
    expect(limiter.free()).toBe(1);
  });

  it('counts what is already in flight', () => {
    const limiter = createDeliveryLimiter(limits, [keys(1, 1, 'a'), keys(1, 1, 'a'), keys(2, 2, 'b')]);
    expect(limiter.saturated()).toEqual({ subscriptionIds: [1], tokenIds: [] });
    // sub 1 is full; host a has room for one more.
    expect(limiter.pick([keys(1, 1, 'a'), keys(3, 3, 'a'), keys(4, 3, 'a'), keys(5, 3, 'b')], same)).toEqual([
      keys(3, 3, 'a'),
      keys(5, 3, 'b'),
    ]);
  });

  it('stops at the total', () => {
    const limiter = createDeliveryLimiter({ ...limits, total: 2 }, [keys(9, 9, 'z')]);
    expect(limiter.pick([keys(1, 1, 'a'), keys(2, 2, 'b')], same)).toEqual([keys(1, 1, 'a')]);
    expect(limiter.free()).toBe(0);
  });

  it('reports tokens at their limit, and never limits a delivery without a token by token', () => {
    const limiter = createDeliveryLimiter({ ...limits, perToken: 2, perHost: 9, perSubscription: 9 }, [
      keys(1, 1, 'a'),
      keys(2, 1, 'b'),
      keys(3, null, 'c'),
      keys(4, null, 'd'),
    ]);
    expect(limiter.saturated()).toEqual({ subscriptionIds: [], tokenIds: [1] });
    expect(limiter.pick([keys(5, 1, 'e'), keys(6, null, 'f')], same)).toEqual([keys(6, null, 'f')]);
  });

  it('lets a hanging host hold no more than its share, so other hosts keep theirs', () => {
    const split = deliveryLimits({ concurrency: 4, concurrencyPerToken: 4, concurrencyPerHost: 2 });
    const hanging = [keys(1, 1, 'slow'), keys(2, 1, 'slow'), keys(3, 1, 'slow')];
    const limiter = createDeliveryLimiter(split, hanging.slice(0, 2));
    expect(limiter.pick([...hanging, keys(4, 1, 'fast'), keys(4, 1, 'fast')], same)).toEqual([keys(4, 1, 'fast')]);
  });
});
