import { LruCache } from '../lru-cache';

describe('LruCache', () => {
  it('evicts the least recently used entry when full', () => {
    const cache = new LruCache<string, number>(2, 1000);
    cache.set('a', 1);
    cache.set('b', 2);
    cache.get('a');
    cache.set('c', 3);
    expect(cache.get('a')).toBe(1);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('c')).toBe(3);
    expect(cache.size).toBe(2);
  });

  it('forgets entries older than the ttl', () => {
    let now = 0;
    const cache = new LruCache<string, number>(10, 100, () => now);
    cache.set('a', 1);
    now = 100;
    expect(cache.get('a')).toBe(1);
    now = 201;
    expect(cache.get('a')).toBeUndefined();
  });

  it('deletes entries by value', () => {
    const cache = new LruCache<string, { id: number }>(10, 1000);
    cache.set('x', { id: 1 });
    cache.set('y', { id: 2 });
    cache.deleteWhere((value) => value.id === 1);
    expect(cache.get('x')).toBeUndefined();
    expect(cache.get('y')).toEqual({ id: 2 });
  });
});
