import { toTime, type TokenLifecycle } from './token-status';

export interface StoredKeys extends TokenLifecycle {
  keyHash: string;
  previousKeyHash: string | null;
  previousKeyExpiresAt?: Date | string | number | null;
}

/**
 * True when one of `hashes` is a value of a token that is not revoked yet: its current value, or its previous one
 * within a regeneration's grace period. Archived, expired and scheduled tokens count: an admin could restore or
 * extend them later, and a leaked value must not come back to life with them.
 */
export const holdsUnrevokedCredential = (
  token: StoredKeys,
  hashes: ReadonlySet<string>,
  now: Date = new Date()
): boolean => {
  if (toTime(token.revokedAt) !== null) return false;
  if (hashes.has(token.keyHash)) return true;
  const graceEnds = toTime(token.previousKeyExpiresAt) ?? 0;
  return token.previousKeyHash !== null && hashes.has(token.previousKeyHash) && graceEnds > now.getTime();
};
