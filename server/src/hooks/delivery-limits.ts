/** What one delivery in flight counts against. */
export interface DeliveryKeys {
  subscriptionId: number;
  tokenId: number | null;
  host: string;
}

export interface DeliveryLimits {
  /** Deliveries in flight at once on this instance. */
  total: number;
  perToken: number;
  perHost: number;
  perSubscription: number;
}

/** `https://Hooks.Example.com:8443/x` -> `hooks.example.com`: every port of a host shares the host's limit. */
export const hostOf = (url: string | null | undefined): string => {
  try {
    return new URL(url ?? '').hostname.toLowerCase();
  } catch {
    return url ?? '';
  }
};

/**
 * None above the total; a subscription may hold half of what its token and its host may, so that one target
 * that hangs never holds every slot its token or host has (other subscriptions of a shared host such as
 * Zapier's keep theirs).
 */
export const deliveryLimits = (config: {
  concurrency: number;
  concurrencyPerToken: number;
  concurrencyPerHost: number;
}): DeliveryLimits => {
  const total = Math.max(1, config.concurrency);
  const perToken = Math.max(1, Math.min(config.concurrencyPerToken, total));
  const perHost = Math.max(1, Math.min(config.concurrencyPerHost, total));
  return { total, perToken, perHost, perSubscription: Math.max(1, Math.floor(Math.min(perToken, perHost) / 2)) };
};

const count = <K>(counts: Map<K, number>, key: K) => counts.get(key) ?? 0;
const add = <K>(counts: Map<K, number>, key: K) => counts.set(key, count(counts, key) + 1);
const atLimit = <K>(counts: Map<K, number>, limit: number) =>
  [...counts].filter(([, n]) => n >= limit).map(([key]) => key);

/** Counts what is in flight and hands out the free slots, oldest due delivery first, within every limit. */
export const createDeliveryLimiter = (limits: DeliveryLimits, inFlight: Iterable<DeliveryKeys>) => {
  const bySubscription = new Map<number, number>();
  const byToken = new Map<number | null, number>();
  const byHost = new Map<string, number>();
  let total = 0;
  const take = (keys: DeliveryKeys) => {
    add(bySubscription, keys.subscriptionId);
    add(byToken, keys.tokenId);
    add(byHost, keys.host);
    total += 1;
  };
  for (const keys of inFlight) take(keys);

  const fits = (keys: DeliveryKeys) =>
    total < limits.total &&
    count(bySubscription, keys.subscriptionId) < limits.perSubscription &&
    (keys.tokenId === null || count(byToken, keys.tokenId) < limits.perToken) &&
    count(byHost, keys.host) < limits.perHost;

  return {
    free: () => Math.max(0, limits.total - total),
    /** Subscriptions and tokens already at their limit, for the query to leave out. */
    saturated: () => ({
      subscriptionIds: atLimit(bySubscription, limits.perSubscription),
      tokenIds: atLimit(byToken, limits.perToken).filter((id): id is number => id !== null),
    }),
    /** The candidates that fit, in order, each counted as taken. */
    pick<T>(candidates: readonly T[], keysOf: (candidate: T) => DeliveryKeys): T[] {
      const picked: T[] = [];
      for (const candidate of candidates) {
        if (total >= limits.total) break;
        const keys = keysOf(candidate);
        if (!fits(keys)) continue;
        take(keys);
        picked.push(candidate);
      }
      return picked;
    },
  };
};
