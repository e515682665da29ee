import { randomInt } from 'node:crypto';

import { CUSTOM_TOKEN_MIN_BITS, checkCustomToken, estimateEntropyBits } from '../token-rules';

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const random = (alphabet: string, length: number) =>
  Array.from({ length }, () => alphabet[randomInt(alphabet.length)]).join('');

describe('checkCustomToken', () => {
  it('enforces the length bounds exactly', () => {
    expect(checkCustomToken('')).toBe('too-short');
    expect(checkCustomToken(random(BASE62, 31))).toBe('too-short');
    expect(checkCustomToken(random(BASE62, 257))).toBe('too-long');
    expect(checkCustomToken(random(BASE62, 256))).toBeNull();
  });

  it('refuses characters outside [A-Za-z0-9_.-]', () => {
    const good = random(BASE62, 40);
    for (const bad of [' ', '/', 'é', '🔑', '+', '=']) expect(checkCustomToken(good + bad)).toBe('charset');
    expect(checkCustomToken(`${random(BASE62, 20)}_.-${random(BASE62, 20)}`)).toBeNull();
  });

  it('accepts every one of 5,000 random base62 values of 32 characters, with room to spare', () => {
    let lowest = Infinity;
    for (let sample = 0; sample < 5000; sample += 1) {
      const value = random(BASE62, 32);
      expect(checkCustomToken(value)).toBeNull();
      lowest = Math.min(lowest, estimateEntropyBits(value));
    }
    expect(lowest).toBeGreaterThanOrEqual(CUSTOM_TOKEN_MIN_BITS + 16);
  });

  it('accepts random values in the usual encodings once they carry 128 bits', () => {
    for (let sample = 0; sample < 500; sample += 1) {
      expect(checkCustomToken(random(`${BASE62}-_`, 43))).toBeNull(); // 32 bytes, base64url
      expect(checkCustomToken(random('0123456789abcdef', 48))).toBeNull(); // 24 bytes, hex
      expect(checkCustomToken(random(BASE62, 40))).toBeNull();
    }
  });

  it.each([
    ['a repeated word', 'password1password1password1password1'],
    ['repeats that only change case', 'letmeinLetMeIn2024letmeinLETMEIN2024'],
    ['a repeated pair', 'aB'.repeat(20)],
    ['a repeated block', 'abcdEFGH'.repeat(4)],
    ['a repeated random-looking block', `${'k7Qx9Pz2'.repeat(6)}`],
    ['one character', 'x'.repeat(256)],
    ['alphabet runs', 'abcdefghij0123456789ABCDEFGHIJKL'],
    ['keyboard rows', 'qwertyuiopasdfghjklzxcvbnm1234567890'],
    ['repeated words', 'correcthorsebatterystaplecorrecthorse'],
    ['a padded short secret', `Zq8vK1${'.'.repeat(30)}`],
    ['a prefix and a pattern', `sat_${'aB3'.repeat(10)}xYz123`],
  ])('refuses a weak value: %s', (_, value) => {
    expect(checkCustomToken(value)).toBe('weak');
  });

  it('refuses values drawn from too few characters, however long', () => {
    for (let sample = 0; sample < 200; sample += 1) expect(checkCustomToken(random('aB3dE5gH', 40))).toBe('weak'); // 120 bits
  });
});

describe('estimateEntropyBits', () => {
  it('stays near the true randomness of random values and never much above it', () => {
    for (const [alphabet, length] of [
      [BASE62, 32],
      [BASE62, 64],
      ['0123456789abcdef', 40],
      ['aB3dE5gH', 64],
    ] as const) {
      const truth = length * Math.log2(alphabet.length);
      for (let sample = 0; sample < 200; sample += 1) {
        const bits = estimateEntropyBits(random(alphabet, length));
        expect(bits).toBeLessThanOrEqual(truth * 1.15);
        expect(bits).toBeGreaterThan(truth * 0.7);
      }
    }
  });

  it('counts a repeat, a run or a case change for little', () => {
    // A fixed value: appended characters also change the alphabet estimate of a random one, by chance.
    const base = 'h7Kq2ZxP9mWc4RtY8vNb3LsD6fGj1QeA';
    expect(estimateEntropyBits(base + base)).toBeLessThan(estimateEntropyBits(base) + 12);
    expect(estimateEntropyBits(base + base.toUpperCase())).toBeLessThan(estimateEntropyBits(base) + 12 + 32);
    expect(estimateEntropyBits(`${base}abcdefghijklmnop`)).toBeLessThan(estimateEntropyBits(base) + 30);
  });
});
