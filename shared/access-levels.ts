/**
 * A token's access level: read-only tokens may read (GET, HEAD, GraphQL queries), read-write tokens do anything,
 * both within their `scopes`; custom tokens may do what their `permissions` grant (shared/contracts/permissions.ts).
 */
export const ACCESS_LEVELS = ['read-only', 'read-write', 'custom'] as const;

export type AccessLevel = (typeof ACCESS_LEVELS)[number];

/** English labels; the admin translates them under `tokens.accessLevel.<level>`. */
export const ACCESS_LEVEL_LABELS: Record<AccessLevel, string> = {
  'read-only': 'Read only',
  'read-write': 'Read and write',
  custom: 'Custom',
};
