/**
 * The integration suites whose outcome depends on the database engine: queries the plugin writes (filters, sorting,
 * paging, JSON columns, upserts), locks and conditional updates under concurrency, several processes on one database,
 * and migrations. CI runs these on PostgreSQL and MariaDB as well; every suite runs on SQLite (`npm test`).
 * Any suite can still be run on another engine: `DATABASE_CLIENT=postgres npx jest --selectProjects integration <file>`.
 */
module.exports = [
  // Queries: list filters, search, sort and paging; audit filters; JSON columns; every table read for secrets.
  'tokens-crud.test.ts',
  'tokens-list.test.ts',
  'tokens-lookup.test.ts',
  'tokens-sort.test.ts',
  'tokens-audit.test.ts',
  'permissions/storage.test.ts',
  'tokens-lifecycle.test.ts',
  'tokens-regenerate.test.ts',
  'tokens-secrets.test.ts',
  'expiry/expires-soon-list.test.ts',
  'expiry/warnings-backlog.test.ts',
  'leaks/revoke.test.ts',
  'hooks/delivery.test.ts',
  'hooks/delivery-worker.test.ts',
  'hooks/subscribed-after.test.ts',
  'hooks/limits.test.ts',
  'usage/counting.test.ts',
  'usage/surfaces.test.ts',
  // MCP tool calls: filters, sorting, paging and locales through the document service; hooks on MCP writes.
  'mcp/calls.test.ts',
  'mcp/custom-tokens.test.ts',
  'mcp/hooks.test.ts',
  'audit-retention.test.ts',
  'token-names.test.ts',
  // Locale rules: filters on the locale column, populated localizations and relations.
  'permissions/locales.test.ts',
  'permissions/attacks-locales.test.ts',
  // Locks, unique indexes and conditional updates under concurrency; several processes on one database.
  'tokens-concurrency.test.ts',
  'expiry/max-lifetime-race.test.ts',
  'expiry/two-instances.test.ts',
  'auth/revocation-races.test.ts',
  'auth/two-instances.test.ts',
  'hooks/replay.test.ts',
  'hooks/two-instances.test.ts',
  'usage/concurrent-writers.test.ts',
  'usage/two-instances.test.ts',
  'rate-limits/two-instances.test.ts',
  'security/mixed-load.test.ts',
  'security/database-down.test.ts',
  'leaks/replaced-value.test.ts',
  'auth/ip-refusal.test.ts',
  'auth/audit-eviction.test.ts',
  // Migrations of stored rows.
  'security/key-migration.test.ts',
  // Restarts on one database: provisioned rows found by variable and by name, adopted and released.
  'tokens-provisioned.test.ts',
];
