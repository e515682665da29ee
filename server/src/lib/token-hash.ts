import { createHmac } from 'node:crypto';

/**
 * Keyed hash under which a token is stored and looked up: HMAC-SHA-256, lower-case hex (64 characters).
 * Deterministic, so it can back a unique index; the token itself is never stored.
 */
export const hashToken = (key: string | Buffer, token: string): string => {
  if (key.length === 0) {
    throw new Error('hashToken needs a non-empty key');
  }
  return createHmac('sha256', key).update(token, 'utf8').digest('hex');
};
