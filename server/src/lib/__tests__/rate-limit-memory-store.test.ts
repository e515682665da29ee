import { createMemoryRateLimitStore } from '../rate-limit-memory-store';

describe('createMemoryRateLimitStore', () => {
  it('counts the hits of a key in a window that starts at its first hit', async () => {
    let now = 1_000;
    const store = createMemoryRateLimitStore({ clock: () => now });
    expect(await store.hit('a', 10_000)).toEqual({ count: 1, resetMs: 10_000 });
    now = 4_000;
    expect(await store.hit('a', 10_000)).toEqual({ count: 2, resetMs: 7_000 });
    expect(await store.hit('b', 10_000)).toEqual({ count: 1, resetMs: 10_000 });
  });

  it('counts a weighed hit as that many requests', async () => {
    const store = createMemoryRateLimitStore({ clock: () => 0 });
    expect((await store.hit('a', 10_000)).count).toBe(1);
    expect((await store.hit('a', 10_000, 5)).count).toBe(6);
  });

  it('starts a new window once the old one has ended', async () => {
    let now = 0;
    const store = createMemoryRateLimitStore({ clock: () => now });
    await store.hit('a', 1_000);
    await store.hit('a', 1_000);
    now = 1_000;
    expect(await store.hit('a', 1_000)).toEqual({ count: 1, resetMs: 1_000 });
  });

  it('forgets the oldest windows beyond maxKeys', async () => {
    const store = createMemoryRateLimitStore({ maxKeys: 2 });
    await store.hit('a', 60_000);
    await store.hit('b', 60_000);
    await store.hit('c', 60_000);
    expect((await store.hit('a', 60_000)).count).toBe(1);
    expect((await store.hit('c', 60_000)).count).toBe(2);
  });
});
