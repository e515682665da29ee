export default ({ env }) => ({
  'access-tokens': {
    enabled: true,
    config: {
      secret: env('ACCESS_TOKENS_SECRET'),
      // The test's hook receiver listens on 127.0.0.1; a real app leaves private targets refused.
      hooks: { allowPrivateTargets: true, pollIntervalMs: 200 },
    },
  },
});
