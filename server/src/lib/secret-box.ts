import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * Authenticated encryption (AES-256-GCM) of small secrets at rest, such as webhook signing secrets.
 * Sealed form: `v1.<base64 iv(12) | tag(16) | ciphertext>`. A wrong key or any tampering fails to open.
 * The 32-byte key should be derived from a server secret for one purpose only (see key-derivation).
 */

const VERSION = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;

const assertKey = (key: Buffer) => {
  if (key.length !== 32) throw new Error('secret-box keys are 32 bytes');
};

export const seal = (key: Buffer, plaintext: string): string => {
  assertKey(key);
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return `${VERSION}.${Buffer.concat([iv, cipher.getAuthTag(), ciphertext]).toString('base64')}`;
};

/** The plaintext, or an error when the value was not sealed with this key or was altered. */
export const open = (key: Buffer, sealed: string): string => {
  assertKey(key);
  const [version, encoded] = sealed.split('.');
  if (version !== VERSION || !encoded) throw new Error('Not a sealed value');
  const raw = Buffer.from(encoded, 'base64');
  if (raw.length < IV_BYTES + TAG_BYTES) throw new Error('Sealed value is truncated');
  const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, IV_BYTES));
  decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
  return Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
};

/** Opens with the first of `keys` that fits; `keyIndex` says which one (0: the first). */
export const openWithAny = (keys: Buffer[], sealed: string): { plaintext: string; keyIndex: number } => {
  for (const [keyIndex, key] of keys.entries()) {
    try {
      return { plaintext: open(key, sealed), keyIndex };
    } catch {
      // Not this key: try the next one.
    }
  }
  throw new Error('No known key opens this sealed value');
};
