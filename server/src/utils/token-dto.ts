import { expiresSoonWindowDays } from '../lib/expiry-thresholds';
import { DAY_MS } from '../lib/token-lifetime';
import { formatMaskedKey } from '../lib/token-format';
import { deriveTokenStatus, toTime } from '../lib/token-status';
import { getPluginConfig } from '.';

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

/** Days within which an active token expires soon: the largest expiry-warning threshold. */
export const expiresSoonDays = () => expiresSoonWindowDays(getPluginConfig().expiryWarnings?.thresholdsDays);

/** The public shape of a token: derived status and masked key, never a hash. */
export const toTokenDto = (row: TokenRow, now: Date = new Date(), soonDays: number = expiresSoonDays()): AccessToken => {
  const graceEnds = iso(row.previousKeyExpiresAt);
  const status = deriveTokenStatus(row, now);
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
    status,
    expiresSoon: status === 'active' && (toTime(row.validTo) ?? Infinity) <= now.getTime() + soonDays * DAY_MS,
    previousKeyExpiresAt: graceEnds && Date.parse(graceEnds) > now.getTime() ? graceEnds : null,
    revokedAt: iso(row.revokedAt),
    archivedAt: iso(row.archivedAt),
    lastUsedAt: iso(row.lastUsedAt),
    createdAt: iso(row.createdAt) as string,
    updatedAt: iso(row.updatedAt) as string,
    createdBy: row.creator ?? null,
  };
};
