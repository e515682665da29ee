import {
  addCounts,
  bucketOf,
  emptyCounts,
  type UsageBucket,
  type UsageCounter,
  type UsageCounts,
} from './usage-counts';

/** Counts of one token in one UTC hour. */
export interface UsageRow extends UsageBucket {
  tokenId: number;
  counts: UsageCounts;
}

const keyOf = (tokenId: number, { day, hour }: UsageBucket) => `${tokenId}|${day}|${hour}`;

const byBucket = (a: UsageRow, b: UsageRow) => a.tokenId - b.tokenId || a.day.localeCompare(b.day) || a.hour - b.hour;

/**
 * Counts not written yet, per token and UTC hour: counting is a map operation, writing is done in batches.
 * Bounded by tokens x hours between two writes, whatever the traffic.
 */
export class PendingUsage {
  private rows = new Map<string, UsageRow>();

  /** Counting is on every request's path: an existing row is incremented in place. */
  add(tokenId: number, counter: UsageCounter, at: Date = new Date(), amount = 1) {
    const bucket = bucketOf(at);
    const existing = this.rows.get(keyOf(tokenId, bucket));
    if (existing) existing.counts[counter] += amount;
    else this.merge({ tokenId, ...bucket, counts: { ...emptyCounts(), [counter]: amount } });
  }

  /** Takes every pending row, in one order (token, day, hour) so that concurrent writers lock rows alike. */
  drain(): UsageRow[] {
    const rows = [...this.rows.values()].sort(byBucket);
    this.rows.clear();
    return rows;
  }

  /** Puts back rows whose write failed: they are written with the next batch. */
  restore(rows: UsageRow[]) {
    rows.forEach((row) => this.merge(row));
  }

  /** A deleted token's counts are dropped. */
  forget(tokenId: number) {
    for (const [key, row] of this.rows) if (row.tokenId === tokenId) this.rows.delete(key);
  }

  /** Copies of the pending rows of these tokens, for reads that include them. */
  of(tokenIds: number[]): UsageRow[] {
    const wanted = new Set(tokenIds);
    return [...this.rows.values()]
      .filter((row) => wanted.has(row.tokenId))
      .map((row) => ({ ...row, counts: { ...row.counts } }));
  }

  get size() {
    return this.rows.size;
  }

  private merge(row: UsageRow) {
    const key = keyOf(row.tokenId, row);
    const existing = this.rows.get(key);
    if (existing) addCounts(existing.counts, row.counts);
    else this.rows.set(key, { ...row, counts: addCounts(emptyCounts(), row.counts) });
  }
}
