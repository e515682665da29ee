/** `GET /access-tokens/tokens/:id/usage`: a token's use per UTC day, shared by the server and the Settings page. */

import { z } from 'zod/v4';

export const USAGE_DEFAULT_DAYS = 30;
export const USAGE_MAX_DAYS = 90;

/** `?days=`: 1-90, default 30, the days ending today (UTC); anything else a 400 naming `days`. */
export const tokenUsageQuery = z.strictObject({
  days: z.coerce
    .number<unknown>({ error: `must be a whole number from 1 to ${USAGE_MAX_DAYS}` })
    .int()
    .min(1)
    .max(USAGE_MAX_DAYS)
    .default(USAGE_DEFAULT_DAYS),
});
export type TokenUsageQuery = Partial<z.infer<typeof tokenUsageQuery>>;

export interface TokenUsageCounts {
  /** Requests the token was let through (not refused with 401, 403 or 429), whatever the endpoint answered. */
  success: number;
  /** Requests with this token refused with 401: expired, revoked, archived, not yet valid, or from a refused IP. */
  unauthorized: number;
  /** Requests refused with 403: outside the token's access level or scopes. */
  forbidden: number;
  /** Requests refused with 429. */
  rateLimited: number;
  /** Hook delivery attempts the receiver answered with a 2xx. */
  deliveries: number;
  /** Hook delivery attempts that failed: a timeout, a refused address, or any other answer (410 included). */
  failedDeliveries: number;
  /**
   * The same requests (success + unauthorized + forbidden + rateLimited) by surface: the content API over REST,
   * GraphQL, and the MCP endpoint (AI agents). Requests counted before surfaces were (version 0.1) read as REST.
   */
  restRequests: number;
  graphqlRequests: number;
  mcpRequests: number;
}

export interface TokenUsageDay extends TokenUsageCounts {
  /** YYYY-MM-DD, UTC. */
  date: string;
}

export interface TokenUsageResponse {
  /** One entry per day, oldest first, days without use as zeros; counts not written to the database yet included. */
  data: { days: TokenUsageDay[]; totals: TokenUsageCounts };
}
