import { createHash } from 'node:crypto';

import type { RateLimit } from '../../../shared/contracts/tokens';

export type { RateLimit };

/** One counted request: how many the key's window holds now (this one included) and when that window ends. */
export interface WindowCount {
  count: number;
  resetMs: number;
}

/**
 * Counts requests per key in fixed windows, each starting at the key's first request after the previous one ended.
 * Every hit counts, refused ones too: the window ends at its set time whatever the client does. A hit may weigh
 * more than one request (the root fields of a GraphQL operation).
 */
export interface RateLimitStore {
  hit(key: string, windowMs: number, weight?: number): Promise<WindowCount>;
}

/**
 * Names a token's counters in a store that other deployments may share: a digest of its stored hash, which is
 * keyed by the deployment's secret and made from a random value, so it is unique to this token of this deployment
 * whatever the database ids. Never the value, and nothing that leads back to it.
 */
export const counterId = (keyHash: string) => createHash('sha256').update(keyHash).digest('base64url').slice(0, 22);

export interface RateLimitDecision {
  allowed: boolean;
  /** Requests left in the window after this one. */
  remaining: number;
  /** Whole seconds until the window ends (at least 1): RateLimit's `t` and, when refused, Retry-After. */
  resetSeconds: number;
}

export const decideRateLimit = ({ limit }: RateLimit, { count, resetMs }: WindowCount): RateLimitDecision => ({
  allowed: count <= limit,
  remaining: Math.max(0, limit - count),
  resetSeconds: Math.max(1, Math.ceil(resetMs / 1000)),
});

/**
 * A refusal to answer with 429 Too Many Requests: the failed-attempt throttle, a token's rate limit, the hook
 * management budget, the leak-report budgets. `utils/too-many-requests.ts` answers every one the same way.
 */
export interface TooManyRequests {
  status: 429;
  message: string;
  /** Whole seconds to wait: the Retry-After field and the error's `details.retryAfterSeconds`. */
  retryAfter: number;
  /** Fields to send with the refusal (RateLimit, RateLimit-Policy...). */
  headers?: Record<string, string>;
  /** What the error's `details` add before `retryAfterSeconds` (the limit that was reached). */
  details?: Record<string, unknown>;
}

/** The policy's name in both fields: one policy per token. */
const POLICY = '"default"';

/** The `RateLimit-Policy` and `RateLimit` fields of draft-ietf-httpapi-ratelimit-headers (-10, -11). */
export const rateLimitHeaders = (
  { limit, windowSeconds }: RateLimit,
  { remaining, resetSeconds }: RateLimitDecision
) => ({
  'RateLimit-Policy': `${POLICY};q=${limit};w=${windowSeconds}`,
  RateLimit: `${POLICY};r=${remaining};t=${resetSeconds}`,
});

/** The limit with its keys in one order, so that stored values and audit diffs compare as text. */
export const canonicalRateLimit = (value: RateLimit | null): RateLimit | null =>
  value ? { limit: value.limit, windowSeconds: value.windowSeconds } : null;
