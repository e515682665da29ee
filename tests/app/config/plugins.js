const path = require('path');

module.exports = ({ env }) => ({
  'access-tokens': {
    enabled: true,
    // The repository root (its built dist/); the integration tests point this at plugin-source/ instead.
    resolve: env('ACCESS_TOKENS_PLUGIN_PATH', path.resolve(__dirname, '../../..')),
    config: {
      secret: env('ACCESS_TOKENS_SECRET', 'test-app-access-tokens-secret'),
      documentationUrl: env('ACCESS_TOKENS_DOCUMENTATION_URL'),
      zapierUrl: env('ACCESS_TOKENS_ZAPIER_URL'),
      tokens: env('CI_TOKEN') ? [{ name: 'CI pipeline', accessLevel: 'read-only', valueFromEnv: 'CI_TOKEN' }] : [],
      throttle: { maxFailures: env.int('ACCESS_TOKENS_THROTTLE_MAX_FAILURES', 20) },
      hooks: { allowPrivateTargets: env.bool('ACCESS_TOKENS_ALLOW_PRIVATE_TARGETS', true) },
    },
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
