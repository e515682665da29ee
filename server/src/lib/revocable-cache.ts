import { LRUCache } from 'lru-cache';

/**
 * The authentication cache: a bounded LRU that a revocation cannot hide from.
 *
 * - Fills are versioned. A reader takes `generation()` before its database read and `fill`s with it; the row
 *   is dropped if any eviction happened in between, since that eviction may concern the row it read. The
 *   generation is one epoch for the whole cache, bumped by every eviction: evictions name a token id, which
 *   a lookup by hash does not know before its read, so no finer version could be taken in time. Evictions
 *   follow admin changes, which are rare: an unrelated one costs a fill, and the next request fills again.
 * - Entries are served only while evictions are known to be current: `confirmCurrent(startedAt)` records a
 *   completed check for changes that started at that time. Once the last one is older than `maxStalenessMs`
 *   (a stalled or failing check), every lookup goes to the database until a check succeeds again.
 */
export class RevocableCache<K extends NonNullable<unknown>, V extends NonNullable<unknown>> {
  /** Least recently used first out when full; an entry expires `ttlMs` after it was stored (reads do not extend it). */
  private readonly entries: LRUCache<K, V>;
  private epoch = 0;
  private currentSince = Number.NEGATIVE_INFINITY;

  constructor(
    maxEntries: number,
    ttlMs: number,
    private readonly maxStalenessMs: number,
    private readonly clock: () => number = Date.now
  ) {
    // ttlResolution 0: the clock is read at every check, never cached between them.
    this.entries = new LRUCache({ max: maxEntries, ttl: ttlMs, ttlResolution: 0, perf: { now: clock } });
  }

  get size() {
    return this.entries.size;
  }

  get(key: K): V | undefined {
    if (this.clock() - this.currentSince > this.maxStalenessMs) return undefined;
    return this.entries.get(key);
  }

  /** Taken before reading what will be filled. */
  generation(): number {
    return this.epoch;
  }

  /** Stores `value` unless an eviction happened since `generation` was taken; says whether it did. */
  fill(generation: number, key: K, value: V): boolean {
    if (generation !== this.epoch) return false;
    this.entries.set(key, value);
    return true;
  }

  evictWhere(matches: (value: V) => boolean) {
    this.epoch += 1;
    const matching = [...this.entries.entries()].filter(([, value]) => matches(value)).map(([key]) => key);
    for (const key of matching) this.entries.delete(key);
  }

  /** A check for changes that started at `startedAt` has evicted everything it found. */
  confirmCurrent(startedAt: number) {
    this.currentSince = Math.max(this.currentSince, startedAt);
  }

  clear() {
    this.epoch += 1;
    this.entries.clear();
  }
}
