/**
 * The patterns people type, as zxcvbn (@zxcvbn-ts) recognises them: common passwords and words, keyboard walks,
 * sequences, repeats, dates, l33t spellings. Used by shared/token-rules.ts, in the server and the admin form alike.
 * Pure: no Node, no DOM.
 */
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';

let estimator: ZxcvbnFactory | undefined;

/**
 * zxcvbn reads this many characters of a reading, which bounds the cost of a check (it grows with the length).
 * Guessing a value means guessing its beginning too, so a value whose first 64 characters pass is at least as strong.
 */
export const PATTERN_CHECKED_LENGTH = 64;

/**
 * Built on first use (ranking the dictionaries takes a few hundred milliseconds). Three l33t substitutions at
 * most instead of 100: that finds `p4ssw0rd` and makes a check of a random value about six times faster.
 */
const zxcvbn = () =>
  (estimator ??= new ZxcvbnFactory({
    dictionary,
    graphs: adjacencyGraphs,
    l33tMaxSubstitutions: 3,
    maxLength: PATTERN_CHECKED_LENGTH,
  }));

/** The characters read `stride` positions apart, each run in turn: at a stride of 3, `aA1bB2` reads `ab` `AB` `12`. */
const runsInTurn = (value: string, stride: number) => {
  const characters = [...value];
  return Array.from({ length: stride }, (_, offset) =>
    characters.filter((_, index) => index % stride === offset).join('')
  ).join('');
};

/** Two, three or four runs typed in turn (`a1b2c3`, `aA1bB2cC3`): zxcvbn alone does not see through them. */
const INTERLEAVED_STRIDES = [2, 3, 4];

/**
 * zxcvbn's estimate of how many guesses a value takes, as log10: the fewest of its readings, the value itself,
 * without its separators (`1.2.3.4` reads `1234`) and its interleaved runs one after the other (`a1b2c3` reads
 * `abc123`), each read up to PATTERN_CHECKED_LENGTH. Random characters count 10 guesses each (zxcvbn's
 * brute-force rate), whatever their alphabet: 32 random base62 characters score about 32.
 */
export const patternGuessesLog10 = (value: string): number => {
  const readings = new Set([
    value,
    value.replace(/[_.-]/g, ''),
    ...INTERLEAVED_STRIDES.map((stride) => runsInTurn(value, stride)),
  ]);
  return Math.min(...[...readings].map((reading) => zxcvbn().check(reading).guessesLog10));
};
