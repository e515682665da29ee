import { DEFAULT_PREFIX } from '../lib/token-format';
import { validatePluginConfig } from './validate';

import type { PluginConfig } from './types';

export type { PluginConfig, ProvisionedTokenConfig } from './types';

const defaultConfig = ({ env }: { env: (key: string, fallback?: string) => string | undefined }) =>
  ({
    secret: env('ACCESS_TOKENS_SECRET'),
    prefix: DEFAULT_PREFIX,
    documentationUrl: null,
    zapierUrl: null,
    tokens: [],
    trustedProxies: [],
    // Our prefixed tokens are authenticated before Strapi's own strategies (strategies/serve-first.ts).
    serveFirst: true,
    hooks: {
      allowPrivateTargets: false,
      timeoutMs: 10_000,
      // null = DEFAULT_RETRY_SCHEDULE_SECONDS. Not the array itself: Strapi merges a configured array into
      // the default one index by index, so a shorter schedule would be padded with the default's tail.
      retrySchedule: null,
      concurrency: 16,
      pollIntervalMs: 1_000,
      disableAfterFailingMs: 5 * 24 * 60 * 60 * 1000,
      maxSubscriptionsPerToken: 25,
      concurrencyPerToken: 8,
      concurrencyPerHost: 8,
      retentionDays: 30,
      secretRotationGraceSeconds: 24 * 60 * 60,
    },
    cache: {
      enabled: true,
      maxEntries: 10_000,
      ttlMs: 60_000,
      revocationCheckIntervalMs: 500,
    },
    throttle: {
      enabled: true,
      maxFailures: 20,
      windowMs: 60_000,
    },
    lastUsedIntervalMs: 60_000,
    // POST /api/access-tokens/revoke: reports accepted per client address (IPv6: per /64) and window, and reports
    // that reach the database per window from all clients together.
    leakReports: {
      maxRequests: 10,
      globalMaxRequests: 100,
      windowMs: 60_000,
    },
    // Hook changes a token makes itself (subscribe, unsubscribe, rotate a secret), per token and window.
    managementBudget: {
      maxRequests: 20,
      windowMs: 60 * 60 * 1000,
    },
    audit: {
      retentionDays: 365,
    },
    usage: {
      enabled: true,
      flushIntervalMs: 10_000,
      retentionDays: 90,
    },
    maxLifetimeDays: null,
    expiryWarnings: {
      enabled: true,
      // null = DEFAULT_EXPIRY_THRESHOLDS_DAYS (7 and 1), for the same reason as hooks.retrySchedule.
      thresholdsDays: null,
      checkIntervalMs: 60 * 60 * 1000,
    },
    rateLimit: {
      default: null,
      redis: {
        url: env('ACCESS_TOKENS_REDIS_URL') ?? null,
        keyPrefix: 'access-tokens:rate-limit:',
        connectTimeoutMs: 1_000,
        commandTimeoutMs: 500,
      },
    },
    // POST /api/access-tokens/mcp, the MCP endpoint for AI agents (server/src/mcp/).
    mcp: {
      enabled: true,
      maxPageSize: 100,
    },
  }) satisfies PluginConfig;

export default {
  default: defaultConfig,
  validator: validatePluginConfig,
};
