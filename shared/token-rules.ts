/**
 * The rule for custom token values, shared by the server (which enforces it) and the admin form (which explains it
 * before saving). Pure: no Strapi, no DOM.
 */
import { patternGuessesLog10 } from './token-patterns';

export const CUSTOM_TOKEN_MIN_LENGTH = 32;
export const CUSTOM_TOKEN_MAX_LENGTH = 256;
/** Estimated randomness a custom value must carry, as much as a 32-character hex secret at best. */
export const CUSTOM_TOKEN_MIN_BITS = 128;
/**
 * Guesses (log10) zxcvbn must estimate for it (token-patterns.ts): 10^24, about 2^80. Random characters count 10
 * guesses each, so 32 random base62 characters score up to 10^32 (the lowest of 20,000 tried: 10^29.6); the
 * patterns people type, 32 to 40 characters of walks, words and runs, stay below 10^23 (docs/security.md).
 */
export const CUSTOM_TOKEN_MIN_GUESSES_LOG10 = 24;

/** `weak`: too little randomness by the estimate below; `patterned`: a pattern zxcvbn knows (token-patterns.ts). */
export type CustomTokenProblem = 'too-short' | 'too-long' | 'charset' | 'weak' | 'patterned';

const CUSTOM_CHARSET = /^[A-Za-z0-9_.-]+$/;
const CLASSES: [RegExp, number][] = [
  [/[a-z]/, 26],
  [/[A-Z]/, 26],
  [/[0-9]/, 10],
  [/[_.-]/, 3],
  [/[^A-Za-z0-9_.-]/, 33],
];
const KEYBOARD_ROWS = ['1234567890', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
const MIN_REPEAT = 3;

/** Mean and standard deviation of the number of distinct characters in `length` draws from `size` characters. */
const distinctCount = (size: number, length: number) => {
  const missOne = (1 - 1 / size) ** length;
  const missTwo = (1 - 2 / size) ** length;
  const mean = size * (1 - missOne);
  const variance = size * (size - 1) * missTwo + size * missOne - size * size * missOne * missOne;
  return { mean, deviation: Math.sqrt(Math.max(variance, 0)) };
};

/**
 * The largest alphabet the value may come from: the character classes it uses, shrunk only when it has clearly
 * fewer distinct characters than a random draw from them would (two standard deviations), so that 40 characters
 * drawn from 8 count about 3 bits each while a random base62 value keeps its 5.95.
 */
const alphabetSize = (value: string): number => {
  const classes = CLASSES.reduce((size, [pattern, count]) => size + (pattern.test(value) ? count : 0), 0);
  const distinct = new Set(value).size;
  const plausibleLow = (size: number) => {
    const { mean, deviation } = distinctCount(size, value.length);
    return mean - 2 * deviation;
  };
  if (plausibleLow(classes) <= distinct) return classes;
  let [low, high] = [Math.max(distinct, 2), classes];
  for (let step = 0; step < 40; step += 1) {
    const middle = (low + high) / 2;
    if (plausibleLow(middle) < distinct) low = middle;
    else high = middle;
  }
  return low;
};

/** How `b` follows `a`: a small step in character codes (0 for a repeat) and/or a neighbour on a keyboard row. */
const stepsOf = (a: string, b: string): number[] => {
  const steps: number[] = [];
  const codeStep = b.charCodeAt(0) - a.charCodeAt(0);
  if (Math.abs(codeStep) <= 3) steps.push(codeStep);
  const row = KEYBOARD_ROWS.find((keys) => keys.includes(a.toLowerCase()) && keys.includes(b.toLowerCase()));
  const keyStep = row ? row.indexOf(b.toLowerCase()) - row.indexOf(a.toLowerCase()) : 0;
  if (Math.abs(keyStep) === 1) steps.push(keyStep * 100);
  return steps;
};

/** The third and later characters of a run such as `aaa`, `abcd`, `9753`, `qwerty`. */
const continuesRun = (value: string, index: number): boolean => {
  if (index < 2) return false;
  const before = stepsOf(value[index - 2], value[index - 1]);
  return stepsOf(value[index - 1], value[index]).some((step) => before.includes(step));
};

/** The longest earlier occurrence, ignoring case, of what starts at `index` (it may overlap, as `abababab`). */
const longestRepeat = (folded: string, index: number): { from: number; length: number } => {
  let best = { from: 0, length: 0 };
  for (let from = 0; from < index; from += 1) {
    let length = 0;
    while (index + length < folded.length && folded[from + length] === folded[index + length]) length += 1;
    if (length > best.length) best = { from, length };
  }
  return best;
};

/**
 * A conservative estimate of a value's randomness, in bits. Each character costs log2 of the alphabet (above);
 * a stretch repeating an earlier one (ignoring case) costs only where it points and how long it is, plus a bit per
 * changed case; a character continuing a run (`abc`, `aaa`, `qwe`) costs one bit. A random base62 value of 32
 * characters scores about 185; `password1password1password1password1` about 40.
 */
export const estimateEntropyBits = (value: string): number => {
  const perCharacter = Math.log2(alphabetSize(value));
  const folded = value.toLowerCase();
  let bits = 0;
  let index = 0;
  while (index < value.length) {
    const repeat = longestRepeat(folded, index);
    if (repeat.length >= MIN_REPEAT) {
      let caseChanges = 0;
      for (let offset = 0; offset < repeat.length; offset += 1) {
        if (value[index + offset] !== value[repeat.from + offset]) caseChanges += 1;
      }
      bits += Math.min(Math.log2(index) + Math.log2(value.length) + caseChanges, repeat.length * perCharacter);
      index += repeat.length;
    } else {
      bits += continuesRun(value, index) ? 1 : perCharacter;
      index += 1;
    }
  }
  return Math.floor(bits);
};

/** The first rule a custom token value breaks, or null when it is acceptable. */
export const checkCustomToken = (value: string): CustomTokenProblem | null => {
  if (value.length < CUSTOM_TOKEN_MIN_LENGTH) return 'too-short';
  if (value.length > CUSTOM_TOKEN_MAX_LENGTH) return 'too-long';
  if (!CUSTOM_CHARSET.test(value)) return 'charset';
  if (estimateEntropyBits(value) < CUSTOM_TOKEN_MIN_BITS) return 'weak';
  return patternGuessesLog10(value) < CUSTOM_TOKEN_MIN_GUESSES_LOG10 ? 'patterned' : null;
};
