/** POST /api/access-tokens/revoke: whoever holds leaked values reports them (no authentication), as to GitHub. */

import { z } from 'zod/v4';

import { CUSTOM_TOKEN_MAX_LENGTH } from '../token-rules';
import { dataOf } from './common';

/** Values one leak report may hold: a scanner finds a few at a time; more go in several reports. */
export const MAX_REPORTED_TOKENS = 100;

// Messages never quote a value: it may be a live token.
export const leakReport = z.strictObject({
  tokens: z
    .array(
      z
        .string({ error: 'must be a string' })
        .min(1, 'must not be empty')
        .max(CUSTOM_TOKEN_MAX_LENGTH, `must be at most ${CUSTOM_TOKEN_MAX_LENGTH} characters`),
      { error: (issue) => (issue.input === undefined ? 'is required' : 'must be a list of token values') }
    )
    .min(1, 'must hold at least one value')
    .max(MAX_REPORTED_TOKENS, `may hold at most ${MAX_REPORTED_TOKENS} values`),
});
export type LeakReport = z.infer<typeof leakReport>;

/** 202, whatever the values were: the answer tells nothing about them. */
export const leakReportResponse = dataOf(z.object({ received: z.number().int() }));
export type LeakReportResponse = z.infer<typeof leakReportResponse>;
