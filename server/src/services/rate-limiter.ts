import type { Core } from '@strapi/strapi';

import {
  counterId,
  decideRateLimit,
  rateLimitHeaders,
  type RateLimitDecision,
  type RateLimitStore,
  type TooManyRequests,
  type WindowCount,
} from '../lib/rate-limit';
import { createMemoryRateLimitStore } from '../lib/rate-limit-memory-store';
import { createRedisRateLimitStore, type RedisRateLimitStore } from './rate-limit-redis-store';
import { getPluginConfig } from '../utils';

import type { AuthenticatedToken, TokenRow } from '../data/tokens';

/** A request counted against its token's limit: the decision, its RateLimit fields and, over the limit, the refusal. */
export interface RateLimitCheck {
  /** Null when nothing was counted: the token has no limit, or Redis failed (fail open). */
  decision: RateLimitDecision | null;
  headers: Record<string, string>;
  refusal: TooManyRequests | null;
}

/** What a count is keyed by: the value the request presented, and the token's limit. */
type CountedToken = Pick<AuthenticatedToken, 'keyHash' | 'previousKeyHash' | 'viaPreviousKey' | 'rateLimit'>;

const UNCOUNTED: RateLimitCheck = { decision: null, headers: {}, refusal: null };

/** While Redis fails, one warning per interval, with the number of failures it stands for. */
const WARNING_INTERVAL_MS = 60_000;

/**
 * Per-token request limits: the token's own `rateLimit`, and the budget of hook changes every token has. Counters
 * live in memory, per instance, or in Redis, shared by every instance, keyed by `counterId` (never the token's
 * value or database id). A Redis that fails never fails a request: the limit is not applied (fail open) and a
 * warning is logged at most once a minute.
 */
const createRateLimiterService = ({ strapi }: { strapi: Core.Strapi }) => {
  const { rateLimit: config, managementBudget } = getPluginConfig(strapi);
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

  /** The key's count after `weight` more hits; null when Redis failed. */
  const count = async (key: string, windowMs: number, weight = 1): Promise<WindowCount | null> => {
    try {
      return await store().hit(key, windowMs, weight);
    } catch (error) {
      warn(error as Error);
      return null;
    }
  };

  return {
    /** Connects to Redis when one is configured; requests fail open until it is ready. */
    start() {
      const { url, ...options } = config.redis;
      if (url) redis = createRedisRateLimitStore({ url, ...options, onError: warn });
    },

    /**
     * Counts a request of an authenticated token with a limit (`weight` requests: a GraphQL operation's root fields):
     * the decision, the RateLimit fields and, over the limit, the refusal (429 with Retry-After). One store call: no
     * database, at most one Redis round trip.
     */
    async check(token: CountedToken, weight = 1): Promise<RateLimitCheck> {
      const { rateLimit } = token;
      if (!rateLimit) return UNCOUNTED;
      // A replaced value in its grace period, maybe the leaked one, spends its own limit: never the new value's.
      const value = token.viaPreviousKey && token.previousKeyHash ? token.previousKeyHash : token.keyHash;
      const key = `${counterId(value)}:${rateLimit.windowSeconds}`;
      const counted = await count(key, rateLimit.windowSeconds * 1000, weight);
      if (!counted) return UNCOUNTED;
      const decision = decideRateLimit(rateLimit, counted);
      const headers = rateLimitHeaders(rateLimit, decision);
      if (decision.allowed) return { decision, headers, refusal: null };
      const message = 'This access token has reached its rate limit';
      const refusal = {
        status: 429,
        message,
        retryAfter: decision.resetSeconds,
        headers,
        details: { ...rateLimit },
      } as const;
      return { decision, headers, refusal };
    },

    /**
     * Counts a hook change the token makes itself (subscribe, unsubscribe, rotate a signing secret): each writes an
     * audit entry, so every token may make `managementBudget.maxRequests` per window, read-only ones too. Beyond,
     * the refusal (429 with Retry-After), else null. Shared through Redis like the limits; while Redis fails, counted
     * in this instance's memory rather than not at all.
     */
    async chargeManagement(token: Pick<TokenRow, 'keyHash'>): Promise<TooManyRequests | null> {
      const { maxRequests, windowMs } = managementBudget;
      const key = `manage:${counterId(token.keyHash)}:${windowMs}`;
      const counted = (await count(key, windowMs)) ?? (await memory.hit(key, windowMs));
      const { allowed, resetSeconds } = decideRateLimit(
        { limit: maxRequests, windowSeconds: windowMs / 1000 },
        counted
      );
      if (allowed) return null;
      const message = 'This access token has made too many hook changes: try again later';
      return { status: 429, message, retryAfter: resetSeconds, details: { maxRequests, windowMs } };
    },

    async stop() {
      await redis?.close();
      redis = null;
    },
  };
};

export type RateLimiterService = ReturnType<typeof createRateLimiterService>;
export default createRateLimiterService;
