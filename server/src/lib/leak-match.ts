import { toTime } from '../../../shared/token-lifetime';
import type { TokenLifecycle } from './token-status';

export interface StoredKeys extends TokenLifecycle {
  keyHash: string;
  previousKeyHash: string | null;
  previousKeyExpiresAt?: Date | string | number | null;
}

/** Which live value of a token someone holds: the current one, or the one a regeneration replaced. */
export type HeldValue = 'current' | 'previous';

/**
 * Which value of a token that is not revoked yet one of `hashes` is: its current value (first, when both are held),
 * or its previous one within a regeneration's grace period; null for neither. Archived, expired and scheduled tokens
 * count: an admin could restore or extend them later, and a leaked value must not come back to life with them.
 */
export const heldValue = (token: StoredKeys, hashes: ReadonlySet<string>, now: Date = new Date()): HeldValue | null => {
  if (toTime(token.revokedAt) !== null) return null;
  if (hashes.has(token.keyHash)) return 'current';
  const graceEnds = toTime(token.previousKeyExpiresAt) ?? 0;
  const previousHeld = token.previousKeyHash !== null && hashes.has(token.previousKeyHash);
  return previousHeld && graceEnds > now.getTime() ? 'previous' : null;
};
