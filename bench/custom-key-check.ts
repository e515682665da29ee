/**
 * `node -r esbuild-register bench/custom-key-check.ts [samples]`: what checking a custom token value costs the server
 * (at create, and for each provisioned token at start-up; never per request). The first check builds zxcvbn's ranked
 * dictionaries; then the median and p95 of a whole check (shared/token-rules.ts) per length of random base62 values,
 * and of the zxcvbn part alone (shared/token-patterns.ts).
 */
import { performance } from 'node:perf_hooks';

import { randomBase62 } from '../shared/base62';
import { patternGuessesLog10 } from '../shared/token-patterns';
import { checkCustomToken } from '../shared/token-rules';

const SAMPLES = Number(process.argv[2] ?? 100);

const time = (work: () => unknown) => {
  const started = performance.now();
  work();
  return performance.now() - started;
};
const quantile = (values: number[], q: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(q * values.length))];
const ms = (value: number) => `${value.toFixed(1)} ms`;

console.log(`first check (builds the dictionaries): ${ms(time(() => checkCustomToken(randomBase62(32))))}`);
for (const length of [32, 64, 128, 256]) {
  const values = Array.from({ length: SAMPLES }, () => randomBase62(length));
  const whole = values.map((value) => time(() => checkCustomToken(value)));
  const patterns = values.map((value) => time(() => patternGuessesLog10(value)));
  console.log(
    `${length} characters: check median ${ms(quantile(whole, 0.5))}, p95 ${ms(quantile(whole, 0.95))}; ` +
      `zxcvbn part median ${ms(quantile(patterns, 0.5))}`
  );
}
