import type { RateLimitStore } from './rate-limit';

/**
 * Counters in this process only: each Strapi instance enforces the whole limit on its own. Memory is bounded:
 * beyond `maxKeys` the oldest window is forgotten.
 */
export const createMemoryRateLimitStore = ({
  maxKeys = 100_000,
  clock = Date.now,
}: { maxKeys?: number; clock?: () => number } = {}): RateLimitStore => {
  const windows = new Map<string, { count: number; endsAt: number }>();

  return {
    hit(key, windowMs, weight = 1) {
      const now = clock();
      let window = windows.get(key);
      if (!window || window.endsAt <= now) {
        windows.delete(key);
        window = { count: 0, endsAt: now + windowMs };
        windows.set(key, window);
        if (windows.size > maxKeys) windows.delete(windows.keys().next().value as string);
      }
      window.count += weight;
      return Promise.resolve({ count: window.count, resetMs: window.endsAt - now });
    },
  };
};
