module.exports = ({ env }) => ({
  host: env('HOST', '0.0.0.0'),
  port: env.int('PORT', 1337),
  logger: {
    updates: { enabled: false },
    startup: { enabled: env.bool('STARTUP_MESSAGE', true) },
  },
  // Off unless a test turns it on (tests/integration/auth/proxy.test.ts): the test client then plays the proxy.
  proxy: {
    koa: env.bool('PROXY_KOA', false),
    ...(env('PROXY_MAX_IPS_COUNT') ? { maxIpsCount: env.int('PROXY_MAX_IPS_COUNT') } : {}),
    // Strapi's outbound proxy, off unless a test sets it (tests/integration/hooks/outbound-proxy.test.ts).
    ...(env('OUTBOUND_PROXY_URL') ? { global: env('OUTBOUND_PROXY_URL') } : {}),
  },
  // Strapi's own OpenAPI document at /api/openapi.json, off unless a test turns it on (tests/integration/openapi.test.ts).
  openapi: {
    'content-api': { access: env('OPENAPI_CONTENT_API', 'disabled'), cache: { enabled: false } },
  },
  app: {
    // Fixed keys are fine for a test app; a real app reads them from its environment.
    keys: env.array('APP_KEYS', ['test-app-key-a', 'test-app-key-b']),
  },
});
