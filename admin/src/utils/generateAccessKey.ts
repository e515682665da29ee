const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/**
 * A random base62 value for the "custom token" field, made in the browser with `crypto.getRandomValues`.
 * Bytes >= 248 are dropped so every character is equally likely (248 = 4 * 62).
 */
export const generateAccessKey = (length = 48): string => {
  let out = '';
  while (out.length < length) {
    const bytes = crypto.getRandomValues(new Uint8Array(length * 2));
    for (const byte of bytes) {
      if (byte < 248 && out.length < length) out += BASE62[byte % 62];
    }
  }
  return out;
};
