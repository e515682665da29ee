// Not zlib.crc32: it arrived in Node 20.15 and 22.2, and the engines field claims Node >=20.0.0.
/** IEEE 802.3 CRC-32 (reflected polynomial 0xEDB88320), as used by zip, PNG and GitHub token checksums. */

const TABLE: Uint32Array = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n += 1) {
    let c = n;
    for (let k = 0; k < 8; k += 1) {
      c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    }
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 of a Buffer or of a string's UTF-8 bytes, as an unsigned 32-bit integer. */
export const crc32 = (input: string | Buffer): number => {
  const bytes = typeof input === 'string' ? Buffer.from(input, 'utf8') : input;
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc = TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  }
  return (crc ^ 0xffffffff) >>> 0;
};
