const path = require('path');

/** "100/60" -> { limit: 100, windowSeconds: 60 }, for the rate-limit tests. */
const rateLimitFrom = (value) => {
  const [limit, windowSeconds] = value.split('/').map(Number);
  return { limit, windowSeconds };
};

module.exports = ({ env }) => ({
  'access-tokens': {
    enabled: true,
    // The repository root (its built dist/); the integration tests point this at plugin-source/ instead.
    resolve: env('ACCESS_TOKENS_PLUGIN_PATH', path.resolve(__dirname, '../../..')),
    config: {
      // ACCESS_TOKENS_NO_SECRET=true boots without one: keys are then derived from the app's own secrets.
      ...(env.bool('ACCESS_TOKENS_NO_SECRET', false)
        ? {}
        : { secret: env('ACCESS_TOKENS_SECRET', 'test-app-access-tokens-secret') }),
      documentationUrl: env('ACCESS_TOKENS_DOCUMENTATION_URL'),
      zapierUrl: env('ACCESS_TOKENS_ZAPIER_URL'),
      tokens: env('CI_TOKEN')
        ? [
            {
              name: env('CI_TOKEN_NAME', 'CI pipeline'),
              // CI_TOKEN_PERMISSIONS (JSON) makes it a custom token with those permissions.
              ...(env('CI_TOKEN_PERMISSIONS')
                ? { accessLevel: 'custom', permissions: JSON.parse(env('CI_TOKEN_PERMISSIONS')) }
                : { accessLevel: 'read-only' }),
              valueFromEnv: 'CI_TOKEN',
              ...(env('CI_TOKEN_RATE_LIMIT') ? { rateLimit: rateLimitFrom(env('CI_TOKEN_RATE_LIMIT')) } : {}),
            },
          ]
        : [],
      serveFirst: env.bool('ACCESS_TOKENS_SERVE_FIRST', true),
      trustedProxies: env('ACCESS_TOKENS_TRUSTED_PROXIES') ? env.array('ACCESS_TOKENS_TRUSTED_PROXIES') : [],
      throttle: { maxFailures: env.int('ACCESS_TOKENS_THROTTLE_MAX_FAILURES', 20) },
      leakReports: {
        maxRequests: env.int('ACCESS_TOKENS_LEAK_REPORTS_MAX_REQUESTS', 10),
        globalMaxRequests: env.int(
          'ACCESS_TOKENS_LEAK_REPORTS_GLOBAL_MAX_REQUESTS',
          10 * env.int('ACCESS_TOKENS_LEAK_REPORTS_MAX_REQUESTS', 10)
        ),
      },
      // Out of the way of the suites that subscribe and rotate a lot; hooks/management-budget.test.ts sets it low.
      managementBudget: { maxRequests: env.int('ACCESS_TOKENS_MANAGEMENT_BUDGET_MAX_REQUESTS', 1000000) },
      usage: {
        enabled: env.bool('ACCESS_TOKENS_USAGE_ENABLED', true),
        flushIntervalMs: env.int('ACCESS_TOKENS_USAGE_FLUSH_INTERVAL_MS', 10000),
      },
      audit: { retentionDays: env.int('ACCESS_TOKENS_AUDIT_RETENTION_DAYS', 365) },
      maxLifetimeDays: env('ACCESS_TOKENS_MAX_LIFETIME_DAYS') ? env.int('ACCESS_TOKENS_MAX_LIFETIME_DAYS') : null,
      expiryWarnings: { checkIntervalMs: env.int('ACCESS_TOKENS_EXPIRY_WARNINGS_CHECK_INTERVAL_MS', 60 * 60 * 1000) },
      mcp: {
        enabled: env.bool('ACCESS_TOKENS_MCP_ENABLED', true),
        maxPageSize: env.int('ACCESS_TOKENS_MCP_MAX_PAGE_SIZE', 100),
      },
      // The Redis URL is read by the plugin itself (ACCESS_TOKENS_REDIS_URL); each test file uses its own key prefix.
      rateLimit: {
        default: env('ACCESS_TOKENS_RATE_LIMIT_DEFAULT')
          ? rateLimitFrom(env('ACCESS_TOKENS_RATE_LIMIT_DEFAULT'))
          : null,
        redis: {
          keyPrefix: env('ACCESS_TOKENS_REDIS_KEY_PREFIX', 'access-tokens-test:'),
          commandTimeoutMs: env.int('ACCESS_TOKENS_REDIS_COMMAND_TIMEOUT_MS', 500),
        },
      },
      // The benchmark (bench/) compares the authentication cache on and off.
      cache: {
        enabled: env.bool('ACCESS_TOKENS_CACHE_ENABLED', true),
        ...(env('ACCESS_TOKENS_CACHE_MAX_ENTRIES') ? { maxEntries: env.int('ACCESS_TOKENS_CACHE_MAX_ENTRIES') } : {}),
      },
      hooks: {
        allowPrivateTargets: env.bool('ACCESS_TOKENS_ALLOW_PRIVATE_TARGETS', true),
        // Short schedules for the tests: comma-separated seconds, e.g. "0.2,0.2,5".
        ...(env('ACCESS_TOKENS_HOOKS_RETRY_SCHEDULE')
          ? { retrySchedule: env('ACCESS_TOKENS_HOOKS_RETRY_SCHEDULE').split(',').map(Number) }
          : {}),
        pollIntervalMs: env.int('ACCESS_TOKENS_HOOKS_POLL_INTERVAL_MS', 100),
        timeoutMs: env.int('ACCESS_TOKENS_HOOKS_TIMEOUT_MS', 10000),
        concurrency: env.int('ACCESS_TOKENS_HOOKS_CONCURRENCY', 16),
        disableAfterFailingMs: env.int('ACCESS_TOKENS_HOOKS_DISABLE_AFTER_FAILING_MS', 5 * 24 * 60 * 60 * 1000),
        maxSubscriptionsPerToken: env.int('ACCESS_TOKENS_HOOKS_MAX_SUBSCRIPTIONS_PER_TOKEN', 25),
        concurrencyPerToken: env.int('ACCESS_TOKENS_HOOKS_CONCURRENCY_PER_TOKEN', 8),
        concurrencyPerHost: env.int('ACCESS_TOKENS_HOOKS_CONCURRENCY_PER_HOST', 8),
      },
    },
  },
  // @strapi/plugin-documentation: off unless a test turns it on (tests/integration/documentation.test.ts).
  documentation: {
    enabled: env.bool('DOCUMENTATION_ENABLED', false),
    config: env('DOCUMENTATION_PLUGINS') ? { 'x-strapi-config': { plugins: env.array('DOCUMENTATION_PLUGINS') } } : {},
  },
  // @strapi/plugin-graphql: /graphql with shadow CRUD for the app's types (tests/integration/graphql).
  graphql: {
    enabled: true,
    config: { landingPage: false, depthLimit: 10, defaultLimit: 25, maxLimit: 100 },
  },
  'users-permissions': {
    config: { jwtSecret: env('JWT_SECRET', 'test-users-permissions-jwt-secret') },
  },
  email: {
    config: {
      // Records mail instead of sending it (see providers/email-outbox.js).
      provider: path.resolve(__dirname, '../providers/email-outbox.js'),
    },
  },
});
