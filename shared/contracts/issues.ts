/**
 * How a refused input is worded, in yup's words as Strapi's own 400s are: one entry per field, named by its path
 * (`name must not be empty`, `rateLimit.limit must be at most 1000000`). The server answers with these entries
 * (server/src/validation/parse.ts) and the admin form shows them before saving, so both say the same thing.
 */

import { z } from 'zod/v4';

type Issue = z.core.$ZodIssue;
type RawIssue = z.core.$ZodRawIssue;

/** One refused field, as Strapi's ValidationError lists it in `details.errors`. Never the refused value. */
export interface IssueDetail {
  path: string[];
  message: string;
  name: 'ValidationError';
}

const sizeOf: Record<string, string> = { string: 'characters', array: 'items', set: 'items' };

const bound = (word: 'most' | 'least', origin: string, limit: unknown) =>
  origin in sizeOf ? `must hold at ${word} ${limit} ${sizeOf[origin]}` : `must be at ${word} ${limit}`;

/** The error map of every parse: messages for the issues a schema gives no message of its own. */
export const issueMessage = (issue: RawIssue): string | undefined => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'is required';
      return issue.expected === 'int'
        ? 'must be an integer'
        : `must be ${/^[aeio]/.test(issue.expected) ? 'an' : 'a'} ${issue.expected}`;
    case 'too_big':
      return bound('most', issue.origin, issue.maximum);
    case 'too_small':
      return bound('least', issue.origin, issue.minimum);
    case 'invalid_value':
      return `must be one of ${issue.values.join(', ')}`;
    case 'invalid_format':
      return 'has an invalid format';
    default:
      return undefined;
  }
};

/** A check's own sentence (`sentence(...)`) follows its field after a colon; a fragment follows it as yup's do. */
const named = (path: PropertyKey[], message: string, isSentence = false): IssueDetail => {
  const field = path.map(String).join('.');
  const text = !field ? message : isSentence ? `${field}: ${message}` : `${field} ${message}`;
  return { path: path.map(String), message: text, name: 'ValidationError' };
};

/** An issue whose message is a whole sentence of its own (a service's reason), for `ctx.addIssue`. */
export const sentence = (path: PropertyKey[], message: string) =>
  ({ code: 'custom', path, message, params: { sentence: true } }) as const;

/** An unknown key is an error of its own, named by its path. */
const detailsOf = (issue: Issue) =>
  issue.code === 'unrecognized_keys'
    ? issue.keys.map((key) => named([...issue.path, key], 'is not a known field'))
    : [named(issue.path, issue.message, issue.code === 'custom' && issue.params?.sentence === true)];

/** The entries of a refusal, in the schema's order. */
export const issueDetails = (error: z.ZodError): IssueDetail[] => error.issues.flatMap(detailsOf);

/** What `schema` (without async checks) refuses in `input`, worded as the server's 400; empty when it accepts it. */
export const refusalsOf = (schema: z.ZodType, input: unknown): IssueDetail[] => {
  const result = schema.safeParse(input, { error: issueMessage });
  return result.success ? [] : issueDetails(result.error);
};
