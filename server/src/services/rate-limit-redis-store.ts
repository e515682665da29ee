import { Redis } from 'ioredis';

import type { RateLimitStore } from '../lib/rate-limit';

export interface RedisRateLimitStoreOptions {
  url: string;
  keyPrefix: string;
  connectTimeoutMs: number;
  commandTimeoutMs: number;
  /** Connection and command failures; called often while Redis is down, so the caller should not log each one. */
  onError(error: Error): void;
}

export interface RedisRateLimitStore extends RateLimitStore {
  /** Connected: a hit is sent. Otherwise it fails at once. */
  readonly ready: boolean;
  close(): Promise<void>;
}

/** One round trip: count the hit's weight, start the window's expiry on its first hit, answer the count and time left. */
const HIT_SCRIPT = `
local count = redis.call('INCRBY', KEYS[1], ARGV[2])
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  ttl = tonumber(ARGV[1])
end
return { count, ttl }
`;

type ScriptedRedis = Redis & {
  accessTokensHit(key: string, windowMs: number, weight: number): Promise<[number, number]>;
};

/**
 * Counters shared by every instance that uses the same Redis. Nothing waits for a Redis that is away: no offline
 * queue, no retried command, short connect and command timeouts; the client reconnects in the background.
 */
export const createRedisRateLimitStore = (options: RedisRateLimitStoreOptions): RedisRateLimitStore => {
  const redis = new Redis(options.url, {
    keyPrefix: options.keyPrefix,
    connectTimeout: options.connectTimeoutMs,
    commandTimeout: options.commandTimeoutMs,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
  }) as ScriptedRedis;
  redis.on('error', options.onError);
  redis.defineCommand('accessTokensHit', { numberOfKeys: 1, lua: HIT_SCRIPT });

  return {
    async hit(key, windowMs, weight = 1) {
      const [count, resetMs] = await redis.accessTokensHit(key, windowMs, weight);
      return { count, resetMs };
    },
    get ready() {
      return redis.status === 'ready';
    },
    async close() {
      redis.disconnect();
    },
  };
};
