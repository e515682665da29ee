import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { decideRateLimit, rateLimitHeaders, type RateLimitStore } from '../lib/rate-limit';
import { createMemoryRateLimitStore } from '../lib/rate-limit-memory-store';
import { createRedisRateLimitStore, type RedisRateLimitStore } from '../lib/rate-limit-redis-store';
import { getPluginConfig } from '../utils';

import type { TokenRow } from '../data/tokens';

type Ctx = Parameters<Core.MiddlewareHandler>[0];

/** While Redis fails, one warning per interval, with the number of failures it stands for. */
const WARNING_INTERVAL_MS = 60_000;

/**
 * Per-token request limits. Counters live in memory, per instance, or in Redis, shared by every instance. A Redis
 * that fails never fails a request: the limit is not applied (fail open) and a warning is logged at most once a minute.
 */
const createRateLimiterService = ({ strapi }: { strapi: Core.Strapi }) => {
  const config = getPluginConfig(strapi).rateLimit;
  const memory = createMemoryRateLimitStore();
  let redis: RedisRateLimitStore | null = null;
  let lastWarningAt = Number.NEGATIVE_INFINITY;
  let unreported = 0;

  const warn = (error: Error) => {
    unreported += 1;
    const now = Date.now();
    if (now - lastWarningAt < WARNING_INTERVAL_MS) return;
    strapi.log.warn(
      `[access-tokens] Rate limits are not enforced: Redis failed (${error.message}); ${unreported} failure(s) since the last warning.`
    );
    lastWarningAt = now;
    unreported = 0;
  };

  const store = (): RateLimitStore => redis ?? memory;

  return {
    /** Connects to Redis when one is configured; requests fail open until it is ready. */
    start() {
      const { url, ...options } = config.redis;
      if (url) redis = createRedisRateLimitStore({ url, ...options, onError: warn });
    },

    /**
     * Counts a request of an authenticated token with a limit and sets the RateLimit fields; over the limit, throws
     * Strapi's RateLimitError (429) with Retry-After. One store call: no database, at most one Redis round trip.
     */
    async enforce(ctx: Ctx, token: Pick<TokenRow, 'id' | 'rateLimit'>) {
      const { rateLimit } = token;
      if (!rateLimit) return;
      let counted;
      try {
        counted = await store().hit(`${token.id}:${rateLimit.windowSeconds}`, rateLimit.windowSeconds * 1000);
      } catch (error) {
        warn(error as Error);
        return;
      }
      const decision = decideRateLimit(rateLimit, counted);
      ctx.set(rateLimitHeaders(rateLimit, decision));
      if (decision.allowed) return;
      ctx.set('Retry-After', String(decision.resetSeconds));
      throw new errors.RateLimitError('This access token has reached its rate limit', {
        ...rateLimit,
        retryAfterSeconds: decision.resetSeconds,
      });
    },

    async stop() {
      await redis?.close();
      redis = null;
    },
  };
};

export type RateLimiterService = ReturnType<typeof createRateLimiterService>;
export default createRateLimiterService;
