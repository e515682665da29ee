module.exports = ({ env }) => ({
  host: env('HOST', '0.0.0.0'),
  port: env.int('PORT', 1337),
  logger: {
    updates: { enabled: false },
    startup: { enabled: env.bool('STARTUP_MESSAGE', true) },
  },
  app: {
    // Fixed keys are fine for a test app; a real app reads them from its environment.
    keys: env.array('APP_KEYS', ['test-app-key-a', 'test-app-key-b']),
  },
});
