/**
 * Base62 for token values, in the browser (the admin's "Generate" button) and on the server alike: randomness comes
 * from the Web Crypto API, `globalThis.crypto`, which both have (Node 20 and later).
 */

/** Digits first, then upper case, then lower case: '0' is the zero digit. */
export const BASE62_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** Largest multiple of 62 that fits in a byte (62 * 4 = 248): bytes at or above it are rejected. */
const REJECTION_THRESHOLD = 248;

/** The most bytes `getRandomValues` fills in one call. */
const MAX_RANDOM_BYTES = 65_536;

/**
 * Writes a non-negative safe integer in base62, left-padded with '0' to exactly `width` characters.
 * Throws a RangeError when the number does not fit in that width.
 */
export const toFixedBase62 = (n: number, width: number): string => {
  if (!Number.isSafeInteger(n) || n < 0) {
    throw new RangeError(`toFixedBase62 expects a non-negative safe integer, got ${n}`);
  }
  if (!Number.isInteger(width) || width < 1) {
    throw new RangeError(`toFixedBase62 expects a positive integer width, got ${width}`);
  }
  let digits = '';
  let value = n;
  do {
    digits = BASE62_ALPHABET[value % 62] + digits;
    value = Math.floor(value / 62);
  } while (value > 0);
  if (digits.length > width) {
    throw new RangeError(`${n} does not fit in ${width} base62 characters`);
  }
  return digits.padStart(width, BASE62_ALPHABET[0]);
};

/** Uniformly random base62 string, with rejection sampling (no modulo bias). */
export const randomBase62 = (length: number): string => {
  if (!Number.isInteger(length) || length < 0) {
    throw new RangeError(`randomBase62 expects a non-negative integer length, got ${length}`);
  }
  let out = '';
  while (out.length < length) {
    // ~3% of bytes are rejected; ask for a little more than needed to usually finish in one round.
    const size = Math.min(Math.ceil((length - out.length) * 1.1) + 4, MAX_RANDOM_BYTES);
    for (const byte of globalThis.crypto.getRandomValues(new Uint8Array(size))) {
      if (byte < REJECTION_THRESHOLD) {
        out += BASE62_ALPHABET[byte % 62];
        if (out.length === length) break;
      }
    }
  }
  return out;
};
