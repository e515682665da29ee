import { toFixedBase62 } from '../../../../shared/base62';
import { crc32 } from '../crc32';
import {
  DEFAULT_PREFIX,
  formatMaskedKey,
  generateToken,
  generatedTokenLength,
  hasValidChecksum,
  maskToken,
  validateCustomToken,
} from '../token-format';

/** Replaces the character at `index` by a different base62 character. */
const mutate = (token: string, index: number): string =>
  token.slice(0, index) + (token[index] === 'a' ? 'b' : 'a') + token.slice(index + 1);

describe('generateToken', () => {
  it('is prefix + 30 base62 + 6 base62 checksum', () => {
    const token = generateToken(DEFAULT_PREFIX);
    expect(DEFAULT_PREFIX).toBe('sat_');
    expect(token).toMatch(/^sat_[0-9A-Za-z]{36}$/);
    expect(token).toHaveLength(generatedTokenLength('sat_'));
    expect(token.slice(-6)).toBe(toFixedBase62(crc32(token.slice(0, -6)), 6));
  });

  it('uses the default prefix and honours a custom one', () => {
    expect(generateToken()).toMatch(/^sat_/);
    const token = generateToken('acme_live_');
    expect(token).toMatch(/^acme_live_[0-9A-Za-z]{36}$/);
    expect(hasValidChecksum(token, 'acme_live_')).toBe(true);
  });

  it('does not repeat', () => {
    expect(new Set(Array.from({ length: 50 }, () => generateToken('sat_'))).size).toBe(50);
  });
});

describe('hasValidChecksum', () => {
  const token = generateToken('sat_');

  it('accepts a generated token', () => {
    expect(hasValidChecksum(token, 'sat_')).toBe(true);
  });

  it('accepts a known fixed token', () => {
    const head = 'sat_' + 'A'.repeat(30);
    expect(hasValidChecksum(head + toFixedBase62(crc32(head), 6), 'sat_')).toBe(true);
  });

  it('refuses a change anywhere in the random part or the checksum', () => {
    for (const index of [4, 20, 33, 34, 39]) {
      expect(hasValidChecksum(mutate(token, index), 'sat_')).toBe(false);
    }
  });

  it('refuses two swapped neighbours anywhere after the prefix (near miss)', () => {
    // A fixed value whose neighbours all differ: a random one has equal neighbours, and nothing to swap, by chance.
    const head = 'sat_0123456789abcdefghijABCDEFGHIJ';
    const fixed = head + toFixedBase62(crc32(head), 6);
    const swaps: string[] = [];
    for (let index = 4; index < fixed.length - 1; index += 1) {
      if (fixed[index] === fixed[index + 1]) continue;
      swaps.push(fixed.slice(0, index) + fixed[index + 1] + fixed[index] + fixed.slice(index + 2));
    }
    expect(hasValidChecksum(fixed, 'sat_')).toBe(true);
    expect(swaps.length).toBeGreaterThanOrEqual(34);
    expect(swaps.filter((swapped) => hasValidChecksum(swapped, 'sat_'))).toEqual([]);
  });

  it('refuses a wrong prefix, even with a checksum that matches for it', () => {
    expect(hasValidChecksum(token, 'sak_')).toBe(false);
    expect(hasValidChecksum('sak_' + token.slice(4), 'sat_')).toBe(false);
    const other = generateToken('xyz_');
    expect(hasValidChecksum(other, 'sat_')).toBe(false);
  });

  it('refuses wrong lengths', () => {
    expect(hasValidChecksum('', 'sat_')).toBe(false);
    expect(hasValidChecksum('sat_', 'sat_')).toBe(false);
    expect(hasValidChecksum(token.slice(0, -1), 'sat_')).toBe(false);
    expect(hasValidChecksum(token + 'a', 'sat_')).toBe(false);
  });

  it('refuses characters outside base62, including unicode look-alikes', () => {
    const head = 'sat_' + 'A'.repeat(29) + '-';
    expect(hasValidChecksum(head + toFixedBase62(crc32(head), 6), 'sat_')).toBe(false);
    const unicode = 'sat_' + 'A'.repeat(29) + 'É';
    expect(hasValidChecksum(unicode + toFixedBase62(crc32(unicode), 6), 'sat_')).toBe(false);
  });

  it('works with an empty prefix', () => {
    const bare = generateToken('');
    expect(bare).toHaveLength(36);
    expect(hasValidChecksum(bare, '')).toBe(true);
    expect(hasValidChecksum(mutate(bare, 0), '')).toBe(false);
  });
});

describe('validateCustomToken', () => {
  const good = 'vR3kQ9zL7mT2wX8pN4bF6hJ1cY5sD0gA-migrated';

  it('accepts a long random value', () => {
    expect(validateCustomToken(good)).toBeNull();
    expect(validateCustomToken(generateToken('sat_'))).toBeNull();
  });

  it('explains each rule of shared/token-rules.ts it breaks, without echoing the value', () => {
    expect(validateCustomToken('Short-key-123')).toBe('must be at least 32 characters long');
    expect(validateCustomToken(good.repeat(7))).toBe('must be at most 256 characters long');
    expect(validateCustomToken(`${good} `)).toBe('may contain only letters, digits, "_", "." and "-"');
    const weak = validateCustomToken('password1password1password1password1');
    expect(weak).toMatch(/^is too predictable: about \d+ bits of randomness estimated, 128 needed/);
    expect(weak).not.toContain('password');
  });

  it('refuses a value with the prefix but no valid checksum, when the prefix is given', () => {
    const fake = `sat_${good}`;
    expect(validateCustomToken(fake)).toBeNull();
    expect(validateCustomToken(fake, 'sat_')).toMatch(/checksum/);
    expect(validateCustomToken(generateToken('sat_'), 'sat_')).toBeNull();
    expect(validateCustomToken(good, 'sat_')).toBeNull();
  });
});

describe('maskToken and formatMaskedKey', () => {
  it('keeps the configured prefix and the last four characters', () => {
    const token = 'sat_' + 'x'.repeat(32) + 'Wxyz';
    expect(maskToken(token, 'sat_')).toEqual({ prefix: 'sat_', lastFour: 'Wxyz' });
    expect(formatMaskedKey(maskToken(token, 'sat_'))).toBe('sat_****Wxyz');
  });

  it('falls back to the first four characters without the prefix', () => {
    const custom = 'Legacy-Token_2024.abcdefghijKLMNOPQRSTUV';
    expect(maskToken(custom, 'sat_')).toEqual({ prefix: 'Lega', lastFour: 'STUV' });
    expect(maskToken(custom, null)).toEqual({ prefix: 'Lega', lastFour: 'STUV' });
    expect(maskToken('sat_abcdef', '')).toEqual({ prefix: 'sat_', lastFour: 'cdef' });
    expect(maskToken('acme_live_' + 'x'.repeat(30), 'acme_live_').prefix).toBe('acme_live_');
  });

  it('never reveals more than prefix and last four', () => {
    const token = generateToken('sat_');
    const masked = formatMaskedKey(maskToken(token, 'sat_'));
    expect(masked).toBe(`sat_****${token.slice(-4)}`);
    expect(masked).not.toContain(token.slice(4, 10));
  });
});
