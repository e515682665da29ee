import { iso } from '../lib/iso-date';
import { inSubjectOrder } from '../lib/permission-order';
import { formatMaskedKey } from '../lib/token-format';
import type { TokenRow } from './tokens';

import type { AccessToken, TokenRefusal } from '../../../shared/contracts/tokens';

const lastRefusalOf = (row: TokenRow): TokenRefusal | null => {
  const at = iso(row.lastRefusedAt);
  return at && row.lastRefusalReason ? { at, reason: row.lastRefusalReason, ip: row.lastRefusedIp ?? null } : null;
};

/**
 * The public shape of a token as stored: masked key, never a hash. What is derived from the clock (the status,
 * `expiresSoon`, whether the grace period still runs) is the service's (services/token-writes, `toDto`).
 */
export type TokenFields = Omit<AccessToken, 'status' | 'expiresSoon'>;

export const toTokenFields = (row: TokenRow): TokenFields => ({
  id: row.id,
  name: row.name,
  description: row.description ?? null,
  accessLevel: row.accessLevel,
  scopes: row.scopes ?? [],
  // The engine may have reordered the JSON column's keys (MySQL does).
  permissions: row.permissions ? inSubjectOrder(row.permissions) : null,
  ipAllowlist: row.ipAllowlist ?? [],
  validFrom: iso(row.validFrom),
  validTo: iso(row.validTo),
  rateLimit: row.rateLimit ?? null,
  maskedKey: formatMaskedKey({ prefix: row.keyPrefix, lastFour: row.keyLastFour }),
  previousKeyExpiresAt: iso(row.previousKeyExpiresAt),
  revokedAt: iso(row.revokedAt),
  archivedAt: iso(row.archivedAt),
  lastUsedAt: iso(row.lastUsedAt),
  lastUsedIp: row.lastUsedIp ?? null,
  lastUsedUserAgent: row.lastUsedUserAgent ?? null,
  lastRefusal: lastRefusalOf(row),
  createdAt: iso(row.createdAt) as string,
  updatedAt: iso(row.updatedAt) as string,
  createdBy: row.creator ?? null,
  provisionedFrom: row.provisionedFrom ?? null,
});
