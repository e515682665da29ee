import type { AccessLevel } from '../lib/access-rules';
import type { RateLimit } from '../lib/rate-limit';

import type { Permissions } from '../../../shared/contracts/permissions';

export interface ProvisionedTokenConfig {
  name: string;
  description?: string;
  accessLevel: AccessLevel;
  scopes?: string[];
  /** A custom token's permissions (required for `accessLevel: 'custom'`, refused for the other levels). */
  permissions?: Permissions;
  /** Name of the environment variable that holds the token's value. */
  valueFromEnv: string;
  /** Set at each start-up when given; a new token without one gets `rateLimit.default`. */
  rateLimit?: RateLimit | null;
}

export interface PluginConfig {
  /** Key of the HMAC that token values are stored under (env ACCESS_TOKENS_SECRET). */
  secret?: string;
  prefix: string;
  documentationUrl: string | null;
  zapierUrl: string | null;
  tokens: ProvisionedTokenConfig[];
  /** Proxies (CIDRs) whose X-Forwarded-For entries are believed; empty = Koa's `server.proxy` settings decide. */
  trustedProxies: string[];
  /** Serves our prefixed tokens before Strapi's own strategies, by wrapping its auth service; false: the ordinary order. */
  serveFirst: boolean;
  hooks: {
    allowPrivateTargets: boolean;
    timeoutMs: number;
    /** Seconds before the 2nd, 3rd, ... attempt; null for the Standard Webhooks-like default. */
    retrySchedule: number[] | null;
    concurrency: number;
    pollIntervalMs: number;
    disableAfterFailingMs: number;
    /** Subscriptions one token may hold; the next subscribe is refused. */
    maxSubscriptionsPerToken: number;
    /** Deliveries in flight at once for one token, and to one target host (each capped by `concurrency`). */
    concurrencyPerToken: number;
    concurrencyPerHost: number;
    /** Days succeeded and dead deliveries are kept before the worker deletes them. */
    retentionDays: number;
    /** Seconds a rotated signing secret keeps signing next to the new one, unless the rotation asks otherwise. */
    secretRotationGraceSeconds: number;
  };
  cache: {
    enabled: boolean;
    maxEntries: number;
    ttlMs: number;
    revocationCheckIntervalMs: number;
  };
  throttle: {
    enabled: boolean;
    maxFailures: number;
    windowMs: number;
  };
  lastUsedIntervalMs: number;
  leakReports: {
    /** Reports per client address (an IPv6 /64) and window, refused ones included. */
    maxRequests: number;
    /** Reports that reach the database per window, all clients together; more than `maxRequests`. */
    globalMaxRequests: number;
    windowMs: number;
  };
  /**
   * Hook changes one token may make itself in a window (subscribe, unsubscribe, rotate a signing secret): each
   * writes an audit entry. Revoking itself (DELETE /me) is never counted.
   */
  managementBudget: {
    maxRequests: number;
    windowMs: number;
  };
  audit: {
    /** Days audit entries are kept, at least 30; older ones are pruned. */
    retentionDays: number;
  };
  /** Requests and hook deliveries counted per token and UTC hour (GET /tokens/:id/usage, requests24h). */
  usage: {
    enabled: boolean;
    /** How often each instance adds its counts to the database (and on shutdown). */
    flushIntervalMs: number;
    /** Days of counts kept; older ones are pruned. */
    retentionDays: number;
  };
  /** Longest a token may live, validFrom (or its creation) to validTo, in days (1-366); null for no cap. */
  maxLifetimeDays: number | null;
  /** Emails to the creator and the super admins before a token expires. */
  expiryWarnings: {
    enabled: boolean;
    /** Days before validTo each warning goes out; null for 7 and 1. */
    thresholdsDays: number[] | null;
    checkIntervalMs: number;
  };
  rateLimit: {
    /** The limit of a token created without one; null: none. */
    default: RateLimit | null;
    redis: {
      /** Counters shared through this Redis (env ACCESS_TOKENS_REDIS_URL); null: in memory, per instance. */
      url: string | null;
      keyPrefix: string;
      connectTimeoutMs: number;
      commandTimeoutMs: number;
    };
  };
  /** The MCP endpoint (POST /api/access-tokens/mcp): off, it answers 404. */
  mcp: {
    enabled: boolean;
    /** Most entries one list_ tool call returns; a larger pageSize is capped to it. */
    maxPageSize: number;
  };
}
