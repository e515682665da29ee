import type { TokenRefusalReason, TokenStatus } from '../../../shared/contracts/tokens';
import { toTime, type DateInput } from '../../../shared/token-lifetime';

export interface TokenLifecycle {
  revokedAt?: DateInput;
  archivedAt?: DateInput;
  validFrom?: DateInput;
  validTo?: DateInput;
}

/**
 * Status with precedence archived > revoked > expired > scheduled > active.
 * Revoking also sets validTo = now, so revoked must be checked before expired.
 * validTo is exclusive (expired from validTo on); validFrom is inclusive.
 */
export const deriveTokenStatus = (token: TokenLifecycle, now: Date = new Date()): TokenStatus => {
  const at = now.getTime();
  if (toTime(token.archivedAt) !== null) return 'archived';
  if (toTime(token.revokedAt) !== null) return 'revoked';
  const validTo = toTime(token.validTo);
  if (validTo !== null && validTo <= at) return 'expired';
  const validFrom = toTime(token.validFrom);
  if (validFrom !== null && validFrom > at) return 'scheduled';
  return 'active';
};

/**
 * Why a stored token refuses a request made with the value hashed to `keyHash` (its current value, or the previous
 * one until `previousKeyExpiresAt`) from an address its allowlist does or does not hold; null when it accepts it.
 */
export const refusalReason = (
  token: TokenLifecycle & { keyHash: string; previousKeyExpiresAt?: DateInput },
  keyHash: string,
  addressAllowed: boolean,
  now: Date = new Date()
): TokenRefusalReason | null => {
  if (token.keyHash !== keyHash && (toTime(token.previousKeyExpiresAt) ?? 0) <= now.getTime()) {
    return 'previous-value-ended';
  }
  // The address first: from outside the allowlist a status would confirm that the value is real (a scheduled or
  // archived token may yet come back to life), so every refusal there answers as an unknown value.
  if (!addressAllowed) return 'ip-not-allowed';
  const status = deriveTokenStatus(token, now);
  return status === 'active' ? null : status;
};
