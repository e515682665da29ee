import { canonicalRateLimit, counterId, decideRateLimit, rateLimitHeaders } from '../rate-limit';

describe('decideRateLimit', () => {
  const policy = { limit: 3, windowSeconds: 60 };

  it('allows up to the limit and says what remains', () => {
    expect(decideRateLimit(policy, { count: 1, resetMs: 60_000 })).toEqual({
      allowed: true,
      remaining: 2,
      resetSeconds: 60,
    });
    expect(decideRateLimit(policy, { count: 3, resetMs: 10_000 })).toEqual({
      allowed: true,
      remaining: 0,
      resetSeconds: 10,
    });
  });

  it('refuses past the limit, never with a negative remainder', () => {
    expect(decideRateLimit(policy, { count: 4, resetMs: 10_000 })).toEqual({
      allowed: false,
      remaining: 0,
      resetSeconds: 10,
    });
    expect(decideRateLimit(policy, { count: 40, resetMs: 10_000 }).remaining).toBe(0);
  });

  it('rounds the reset up to whole seconds, at least one', () => {
    expect(decideRateLimit(policy, { count: 4, resetMs: 1_001 }).resetSeconds).toBe(2);
    expect(decideRateLimit(policy, { count: 4, resetMs: 0 }).resetSeconds).toBe(1);
  });
});

describe('rateLimitHeaders', () => {
  it('formats the policy and the service limit as draft-ietf-httpapi-ratelimit-headers lists', () => {
    expect(
      rateLimitHeaders({ limit: 100, windowSeconds: 60 }, { allowed: true, remaining: 42, resetSeconds: 17 })
    ).toEqual({
      'RateLimit-Policy': '"default";q=100;w=60',
      RateLimit: '"default";r=42;t=17',
    });
  });
});

describe('canonicalRateLimit', () => {
  it('orders the keys and drops nothing else but them', () => {
    expect(JSON.stringify(canonicalRateLimit({ windowSeconds: 60, limit: 5 }))).toBe('{"limit":5,"windowSeconds":60}');
    expect(canonicalRateLimit(null)).toBeNull();
  });
});

describe('counterId', () => {
  const hashA = 'a'.repeat(64);
  const hashB = `${'a'.repeat(63)}b`;

  it('is the same for one stored hash, and differs between two', () => {
    expect(counterId(hashA)).toBe(counterId(hashA));
    expect(counterId(hashA)).not.toBe(counterId(hashB));
  });

  it('is a short key-safe digest that does not contain the hash', () => {
    expect(counterId(hashA)).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(hashA).not.toContain(counterId(hashA));
  });
});
