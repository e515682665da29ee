import { randomInt } from 'node:crypto';

import { patternGuessesLog10 } from '../token-patterns';
import {
  CUSTOM_TOKEN_MIN_BITS,
  CUSTOM_TOKEN_MIN_GUESSES_LOG10,
  checkCustomToken,
  estimateEntropyBits,
} from '../token-rules';

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

  it('estimates every one of 5,000 random base62 values of 32 characters well above 128 bits', () => {
    let lowest = Infinity;
    for (let sample = 0; sample < 5000; sample += 1) lowest = Math.min(lowest, estimateEntropyBits(random(BASE62, 32)));
    expect(lowest).toBeGreaterThanOrEqual(CUSTOM_TOKEN_MIN_BITS + 16);
  });

  // zxcvbn takes ~10 ms a value: fewer samples, and the room to spare is checked instead (see token-patterns).
  it('accepts every one of 300 random base62 values of 32 characters, with room to spare on patterns', () => {
    let lowest = Infinity;
    for (let sample = 0; sample < 300; sample += 1) {
      const value = random(BASE62, 32);
      expect(checkCustomToken(value)).toBeNull();
      lowest = Math.min(lowest, patternGuessesLog10(value));
    }
    expect(lowest).toBeGreaterThanOrEqual(CUSTOM_TOKEN_MIN_GUESSES_LOG10 + 4);
  });

  it('accepts random values in the usual encodings once they carry 128 bits', () => {
    for (let sample = 0; sample < 100; sample += 1) {
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

  it.each([
    ['a keyboard walk', 'qazwsxedcrfvtgbyhnujmikolp1234567890'],
    ['interleaved runs', 'a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6'],
    ['three interleaved runs', 'aA1bB2cC3dD4eE5fF6gG7hH8iI9jJ0kKlLmM'],
    ['three interleaved runs, capitals first', 'Aa0Bb1Cc2Dd3Ee4Ff5Gg6Hh7Ii8Jj9KkLlMm'],
    ['three interleaved runs, digits first', 'a1Ab2Bc3Cd4De5Ef6Fg7Gh8Hi9Ij0JkKlL'],
    ['four interleaved runs', 'aA1zbB2ycC3xdD4weE5vfF6ugG7thH8siI9r'],
    ['a run with separators', '1.2.3.4.5.6.7.8.9.10.11.12.13.14.15.16'],
    ['interleaved runs with separators', 'a-1-b-2-c-3-d-4-e-5-f-6-g-7-h-8-i-9-j-0'],
    ['a keyboard walk with digits', 'zaq1xsw2cde3vfr4bgt5nhy6mju7-ki8'],
  ])('refuses a patterned value that carries 128 bits by the randomness estimate: %s', (_, value) => {
    expect(estimateEntropyBits(value)).toBeGreaterThanOrEqual(CUSTOM_TOKEN_MIN_BITS);
    expect(checkCustomToken(value)).toBe('patterned');
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
