import {
  addCounts,
  daysEndingAt,
  emptyCounts,
  isInLast24Hours,
  requestsIn,
  type UsageBucket,
  type UsageCounts,
} from './usage-counts';

import type { TokenUsageDay, TokenUsageCounts } from '../../../shared/contracts/usage';

type CountedBucket = UsageBucket & { counts: Partial<UsageCounts> };

/** The API's counts: the stored ones with the REST requests, what the other surfaces leave of all requests. */
const withRestRequests = ({ graphqlRequests, mcpRequests, ...counts }: UsageCounts): TokenUsageCounts => ({
  ...counts,
  restRequests: Math.max(0, requestsIn(counts) - graphqlRequests - mcpRequests),
  graphqlRequests,
  mcpRequests,
});

/** Hourly rows (stored and pending alike) as one entry per day of the `count` days ending today, zeros included. */
export const summarizeDays = (
  rows: CountedBucket[],
  now: Date,
  count: number
): { days: TokenUsageDay[]; totals: TokenUsageCounts } => {
  const days = new Map(daysEndingAt(now, count).map((date) => [date, emptyCounts()]));
  const totals = emptyCounts();
  for (const row of rows) {
    const day = days.get(row.day);
    if (!day) continue;
    addCounts(day, row.counts);
    addCounts(totals, row.counts);
  }
  return {
    days: [...days].map(([date, counts]) => ({ date, ...withRestRequests(counts) })),
    totals: withRestRequests(totals),
  };
};

/** Requests per token in the last 24 hours (see isInLast24Hours), every token of `tokenIds` present. */
export const requestsLast24Hours = (
  rows: (CountedBucket & { tokenId: number })[],
  tokenIds: number[],
  now: Date
): Map<number, number> => {
  const requests = new Map(tokenIds.map((id) => [id, 0]));
  for (const row of rows) {
    if (!requests.has(row.tokenId) || !isInLast24Hours(row, now)) continue;
    requests.set(row.tokenId, (requests.get(row.tokenId) as number) + requestsIn(row.counts));
  }
  return requests;
};
