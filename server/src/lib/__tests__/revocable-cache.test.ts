import { RevocableCache } from '../revocable-cache';

interface Row {
  id: number;
  revoked: boolean;
}

/** A cache whose evictions were last confirmed current at t=0, with a clock the test moves. */
const setup = (maxStalenessMs = 1000) => {
  const clock = { now: 0 };
  const cache = new RevocableCache<string, Row>(10, 60_000, maxStalenessMs, () => clock.now);
  cache.confirmCurrent(0);
  return { cache, clock };
};

describe('RevocableCache', () => {
  it('stores a fill when nothing was evicted since its generation was taken', () => {
    const { cache } = setup();
    const generation = cache.generation();
    expect(cache.fill(generation, 'hash', { id: 1, revoked: false })).toBe(true);
    expect(cache.get('hash')).toEqual({ id: 1, revoked: false });
  });

  it('drops a row read before a revocation whose eviction ran before the fill (the race)', () => {
    const { cache } = setup();
    const generation = cache.generation(); // a request misses and starts reading
    const staleRow = { id: 1, revoked: false }; // ...reads the row while it is still active
    cache.evictWhere((row) => row.id === 1); // the revocation commits and is evicted (locally or by the poll)
    expect(cache.fill(generation, 'hash', staleRow)).toBe(false); // ...and the request finishes
    expect(cache.get('hash')).toBeUndefined();

    const next = cache.generation(); // the next request reads the revoked row and may store it
    expect(cache.fill(next, 'hash', { id: 1, revoked: true })).toBe(true);
    expect(cache.get('hash')).toEqual({ id: 1, revoked: true });
  });

  it('evicts what was stored before the eviction', () => {
    const { cache } = setup();
    cache.fill(cache.generation(), 'hash', { id: 1, revoked: false });
    cache.fill(cache.generation(), 'other', { id: 2, revoked: false });
    cache.evictWhere((row) => row.id === 1);
    expect(cache.get('hash')).toBeUndefined();
    expect(cache.get('other')).toEqual({ id: 2, revoked: false });
  });

  it('drops a fill raced by any eviction, as one epoch covers every token', () => {
    const { cache } = setup();
    const generation = cache.generation();
    cache.evictWhere((row) => row.id === 99);
    expect(cache.fill(generation, 'hash', { id: 1, revoked: false })).toBe(false);
  });

  it('drops a fill raced by clear', () => {
    const { cache } = setup();
    const generation = cache.generation();
    cache.clear();
    expect(cache.fill(generation, 'hash', { id: 1, revoked: false })).toBe(false);
  });

  it('serves nothing while evictions are not known to be current, and again once they are', () => {
    const { cache, clock } = setup(1000);
    cache.fill(cache.generation(), 'hash', { id: 1, revoked: false });
    clock.now = 1000;
    expect(cache.get('hash')).toBeDefined();
    clock.now = 1001; // the last check for changes started more than 1 s ago: a revocation might be unseen
    expect(cache.get('hash')).toBeUndefined();
    cache.confirmCurrent(900); // a check that started at 900 has finished
    expect(cache.get('hash')).toBeDefined();
    cache.confirmCurrent(500); // an older, slower check finishing late does not move the mark back
    clock.now = 1900;
    expect(cache.get('hash')).toBeDefined();
  });

  it('serves nothing before the first check for changes', () => {
    const cache = new RevocableCache<string, Row>(10, 60_000, 1000, () => 0);
    cache.fill(cache.generation(), 'hash', { id: 1, revoked: false });
    expect(cache.get('hash')).toBeUndefined();
    expect(cache.size).toBe(1);
  });

  it('keeps the bounds of its LRU: size and time to live', () => {
    // Not from 0: lru-cache takes an entry stored at time 0 for one without a time to live.
    const clock = { now: 5000 };
    const cache = new RevocableCache<string, Row>(2, 100, 1000, () => clock.now);
    cache.confirmCurrent(5000);
    for (const key of ['a', 'b', 'c']) cache.fill(cache.generation(), key, { id: 1, revoked: false });
    expect(cache.size).toBe(2);
    expect(cache.get('a')).toBeUndefined();
    clock.now = 5100;
    expect(cache.get('c')).toBeDefined();
    expect(cache.get('b')).toBeDefined(); // reads refresh recency, never the time to live
    clock.now = 5101;
    expect(cache.get('c')).toBeUndefined();
  });
});
