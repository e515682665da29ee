import { LRUCache } from 'lru-cache';

export const VERIFIED_VALUES_RETENTION_MS = 24 * 60 * 60 * 1000;
export const VERIFIED_VALUES_PER_CLIENT = 8;

/**
 * Which values authenticated from which client lately: what a throttled client may still present. A value is
 * remembered by its key hash (an HMAC under the server's key, never the value) under the client's throttle key,
 * for `retentionMs` after its last success there; each client keeps its `perClient` most recent ones and the
 * `maxClients` most recently verified clients are kept. Only successes enter it, so it holds nothing a guesser
 * from that client did not already know.
 */
export const createVerifiedValues = ({
  maxClients,
  perClient = VERIFIED_VALUES_PER_CLIENT,
  retentionMs = VERIFIED_VALUES_RETENTION_MS,
  clock = Date.now,
}: {
  maxClients: number;
  perClient?: number;
  retentionMs?: number;
  clock?: () => number;
}) => {
  // An entry expires `retentionMs` after it was last stored; ttlResolution 0 reads the clock at every check.
  const lru = <V extends NonNullable<unknown>>(max: number) =>
    new LRUCache<string, V>({ max, ttl: retentionMs, ttlResolution: 0, perf: { now: clock } });
  const clients = lru<LRUCache<string, true>>(maxClients);

  return {
    remember(client: string, keyHash: string) {
      const values = clients.get(client) ?? lru<true>(perClient);
      values.set(keyHash, true);
      clients.set(client, values);
    },
    has: (client: string, keyHash: string): boolean => clients.get(client)?.get(keyHash) === true,
  };
};
