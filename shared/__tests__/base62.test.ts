import { BASE62_ALPHABET, randomBase62, toFixedBase62 } from '../base62';

describe('BASE62_ALPHABET', () => {
  it('has 62 distinct alphanumeric characters with 0 first', () => {
    expect(BASE62_ALPHABET).toHaveLength(62);
    expect(new Set(BASE62_ALPHABET).size).toBe(62);
    expect(BASE62_ALPHABET).toMatch(/^0[0-9A-Za-z]+$/);
  });
});

describe('toFixedBase62', () => {
  it('pads with 0 to the width', () => {
    expect(toFixedBase62(0, 6)).toBe('000000');
    expect(toFixedBase62(61, 3)).toBe('00z');
    expect(toFixedBase62(62, 3)).toBe('010');
  });

  it('fits the largest CRC-32 in 6 characters', () => {
    expect(toFixedBase62(0xffffffff, 6)).toBe('4gfFC3');
  });

  it('refuses values that do not fit or are not non-negative integers', () => {
    expect(() => toFixedBase62(62 ** 2, 2)).toThrow(RangeError);
    expect(toFixedBase62(62 ** 2 - 1, 2)).toBe('zz');
    expect(() => toFixedBase62(-1, 6)).toThrow(RangeError);
    expect(() => toFixedBase62(1.5, 6)).toThrow(RangeError);
    expect(() => toFixedBase62(Number.NaN, 6)).toThrow(RangeError);
    expect(() => toFixedBase62(1, 0)).toThrow(RangeError);
  });
});

describe('randomBase62', () => {
  it('returns the requested length from the alphabet', () => {
    for (const length of [0, 1, 30, 257]) {
      const value = randomBase62(length);
      expect(value).toHaveLength(length);
      expect(value).toMatch(/^[0-9A-Za-z]*$/);
    }
  });

  it('is not repeating itself', () => {
    const values = new Set(Array.from({ length: 100 }, () => randomBase62(30)));
    expect(values.size).toBe(100);
  });

  it('uses the whole alphabet without modulo bias', () => {
    const sample = randomBase62(62 * 2000);
    const counts = new Map<string, number>();
    for (const char of sample) counts.set(char, (counts.get(char) ?? 0) + 1);
    expect(counts.size).toBe(62);
    // With byte % 62 over all 256 byte values, the first 8 characters would come up 5/4 as often as the others.
    const countOf = (chars: string) =>
      [...chars].reduce((sum, char) => sum + (counts.get(char) ?? 0), 0) / chars.length;
    const ratio = countOf(BASE62_ALPHABET.slice(0, 8)) / countOf(BASE62_ALPHABET.slice(8));
    expect(ratio).toBeGreaterThan(0.95);
    expect(ratio).toBeLessThan(1.05);
  });

  it('draws from the Web Crypto API, which the browser and Node share', () => {
    const getRandomValues = jest.spyOn(globalThis.crypto, 'getRandomValues');
    try {
      randomBase62(30);
      expect(getRandomValues).toHaveBeenCalled();
    } finally {
      getRandomValues.mockRestore();
    }
  });

  it('rejects invalid lengths', () => {
    expect(() => randomBase62(-1)).toThrow(RangeError);
    expect(() => randomBase62(2.5)).toThrow(RangeError);
  });
});
