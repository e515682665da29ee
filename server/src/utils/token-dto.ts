import { formatMaskedKey } from '../lib/token-format';
import { deriveTokenStatus } from '../lib/token-status';

import type { AccessToken, AccessLevel, AdminSnapshot } from '../../../shared/contracts/tokens';

/** A token row as the database holds it (dates come back as Date or string depending on the client). */
export interface TokenRow {
  id: number;
  name: string;
  description: string | null;
  accessLevel: AccessLevel;
  scopes: string[] | null;
  ipAllowlist: string[] | null;
  validFrom: Date | string | null;
  validTo: Date | string | null;
  keyHash: string;
  keyPrefix: string;
  keyLastFour: string;
  previousKeyHash: string | null;
  previousKeyExpiresAt: Date | string | null;
  revokedAt: Date | string | null;
  archivedAt: Date | string | null;
  lastUsedAt: Date | string | null;
  lastUsedIp?: string | null;
  lastUsedUserAgent?: string | null;
  creator: AdminSnapshot | null;
  createdAt: Date | string;
  updatedAt: Date | string;
}

/** The credentials of an authenticated request: the row, marked when the value used was the previous one. */
export interface AuthenticatedToken extends TokenRow {
  /** Set when the request carried the value a regeneration replaced, still in its grace period. */
  viaPreviousKey?: true;
}

const iso = (value: Date | string | null | undefined): string | null =>
  value == null ? null : new Date(value).toISOString();

/** The public shape of a token: derived status and masked key, never a hash. */
export const toTokenDto = (row: TokenRow, now: Date = new Date()): AccessToken => {
  const graceEnds = iso(row.previousKeyExpiresAt);
  return {
    id: row.id,
    name: row.name,
    description: row.description ?? null,
    accessLevel: row.accessLevel,
    scopes: row.scopes ?? [],
    ipAllowlist: row.ipAllowlist ?? [],
    validFrom: iso(row.validFrom),
    validTo: iso(row.validTo),
    maskedKey: formatMaskedKey({ prefix: row.keyPrefix, lastFour: row.keyLastFour }),
    status: deriveTokenStatus(row, now),
    previousKeyExpiresAt: graceEnds && Date.parse(graceEnds) > now.getTime() ? graceEnds : null,
    revokedAt: iso(row.revokedAt),
    archivedAt: iso(row.archivedAt),
    lastUsedAt: iso(row.lastUsedAt),
    lastUsedIp: row.lastUsedIp ?? null,
    lastUsedUserAgent: row.lastUsedUserAgent ?? null,
    createdAt: iso(row.createdAt) as string,
    updatedAt: iso(row.updatedAt) as string,
    createdBy: row.creator ?? null,
  };
};
