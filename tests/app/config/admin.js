module.exports = ({ env }) => ({
  auth: {
    secret: env('ADMIN_JWT_SECRET', 'test-admin-jwt-secret'),
  },
  apiToken: {
    salt: env('API_TOKEN_SALT', 'test-api-token-salt'),
  },
  transfer: {
    token: { salt: env('TRANSFER_TOKEN_SALT', 'test-transfer-token-salt') },
  },
  secrets: {
    encryptionKey: env('ENCRYPTION_KEY', 'test-encryption-key'),
  },
  // Strapi allows 5 sign-ins per 5 minutes per address: the browser tests (scripts/e2e.js) sign in once per file.
  rateLimit: { enabled: env.bool('ADMIN_RATE_LIMIT', true) },
  // The benchmark (bench/) starts the app without an admin build.
  serveAdminPanel: env.bool('SERVE_ADMIN', true),
  flags: {
    nps: false,
    promoteEE: false,
  },
});
