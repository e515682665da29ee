import { deriveTokenStatus, toTime, type TokenLifecycle } from './token-status';

export interface StoredKeys extends TokenLifecycle {
  keyHash: string;
  previousKeyHash: string | null;
  previousKeyExpiresAt?: Date | string | number | null;
}

/**
 * True when one of `hashes` is a credential that works now: the token's current value, or its previous one
 * within a regeneration's grace period, on a token that is active or scheduled. Anything else is left alone.
 */
export const holdsLiveCredential = (token: StoredKeys, hashes: ReadonlySet<string>, now: Date = new Date()): boolean => {
  const status = deriveTokenStatus(token, now);
  if (status !== 'active' && status !== 'scheduled') return false;
  if (hashes.has(token.keyHash)) return true;
  const graceEnds = toTime(token.previousKeyExpiresAt) ?? 0;
  return token.previousKeyHash !== null && hashes.has(token.previousKeyHash) && graceEnds > now.getTime();
};
