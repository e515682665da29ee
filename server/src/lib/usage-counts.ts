/**
 * The counters kept per token and UTC hour; the order is the order of the API's fields. A request counts once by
 * its outcome (success ... rateLimited) and, when it was not a REST request, once by its surface (graphqlRequests,
 * mcpRequests): REST requests are the rest, so rows stored before the surfaces were counted read as REST.
 */
export const USAGE_COUNTERS = [
  'success',
  'unauthorized',
  'forbidden',
  'rateLimited',
  'deliveries',
  'failedDeliveries',
  'graphqlRequests',
  'mcpRequests',
] as const;

export type UsageCounter = (typeof USAGE_COUNTERS)[number];
export type UsageCounts = Record<UsageCounter, number>;

/** The counters that are requests to the CMS (the others are hook deliveries by the CMS). */
const REQUEST_COUNTERS: UsageCounter[] = ['success', 'unauthorized', 'forbidden', 'rateLimited'];

export const emptyCounts = (): UsageCounts =>
  Object.fromEntries(USAGE_COUNTERS.map((counter) => [counter, 0])) as UsageCounts;

/** Adds `more` into `into` and returns it. */
export const addCounts = (into: UsageCounts, more: Partial<UsageCounts>): UsageCounts => {
  for (const counter of USAGE_COUNTERS) into[counter] += Number(more[counter] ?? 0);
  return into;
};

export const requestsIn = (counts: Partial<UsageCounts>): number =>
  REQUEST_COUNTERS.reduce((sum, counter) => sum + Number(counts[counter] ?? 0), 0);

/**
 * What a response to a request by one of our tokens counts as: the refusals by their status, anything else
 * (2xx, 3xx, and an endpoint's own 400, 404 or 500) as a request the token was let through.
 */
export const counterForStatus = (status: number): UsageCounter => {
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 429) return 'rateLimited';
  return 'success';
};

/** A UTC hour: the bucket counts are kept in. */
export interface UsageBucket {
  /** YYYY-MM-DD, UTC. */
  day: string;
  /** 0-23, UTC. */
  hour: number;
}

export const bucketOf = (at: Date): UsageBucket => ({ day: at.toISOString().slice(0, 10), hour: at.getUTCHours() });

/** The `count` days ending with the day of `now`, oldest first (YYYY-MM-DD, UTC). */
export const daysEndingAt = (now: Date, count: number): string[] => {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return Array.from({ length: count }, (_, index) =>
    new Date(today - (count - 1 - index) * 86_400_000).toISOString().slice(0, 10)
  );
};

/**
 * The last 24 hours as whole UTC hours: the current hour and the 23 before it, i.e. today up to this hour and
 * yesterday after it. Between 23 and 24 hours of history, never more.
 */
export const isInLast24Hours = (bucket: UsageBucket, now: Date): boolean => {
  const { day: today, hour } = bucketOf(now);
  const [yesterday] = daysEndingAt(now, 2);
  return (bucket.day === today && bucket.hour <= hour) || (bucket.day === yesterday && bucket.hour > hour);
};
