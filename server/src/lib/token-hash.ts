import { createHmac } from 'node:crypto';

/**
 * Keyed hash under which a token is stored and looked up: HMAC-SHA-256, lower-case hex (64 characters).
 * Deterministic, so it can back a unique index; the token itself is never stored.
 */
export const hashToken = (secret: string, token: string): string => {
  if (secret.length === 0) {
    throw new Error('hashToken needs a non-empty secret');
  }
  return createHmac('sha256', secret).update(token, 'utf8').digest('hex');
};
