import { errors } from '@strapi/utils';
import { z } from 'zod/v4';

import { idParams } from '../../../shared/contracts/common';

type Issue = z.core.$ZodIssue;
type RawIssue = z.core.$ZodRawIssue;

const sizeOf: Record<string, string> = { string: 'characters', array: 'items', set: 'items' };

const bound = (word: 'most' | 'least', origin: string, limit: unknown) =>
  origin in sizeOf ? `must hold at ${word} ${limit} ${sizeOf[origin]}` : `must be at ${word} ${limit}`;

/** Messages in yup's words, for the issues a schema gives no message of its own. */
const messageOf = (issue: RawIssue): string | undefined => {
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
const named = (path: PropertyKey[], message: string, isSentence = false) => {
  const field = path.map(String).join('.');
  const text = !field ? message : isSentence ? `${field}: ${message}` : `${field} ${message}`;
  return { path: path.map(String), message: text, name: 'ValidationError' };
};

/** An issue whose message is a whole sentence of its own (a service's reason), for `ctx.addIssue`. */
export const sentence = (path: PropertyKey[], message: string) =>
  ({ code: 'custom', path, message, params: { sentence: true } }) as const;

/** One entry per field, as yup answered: an unknown key is an error of its own, named by its path. */
const detailsOf = (issue: Issue) =>
  issue.code === 'unrecognized_keys'
    ? issue.keys.map((key) => named([...issue.path, key], 'is not a known field'))
    : [named(issue.path, issue.message, issue.code === 'custom' && issue.params?.sentence === true)];

/**
 * Strapi's 400 for a refused input: `details.errors` lists `{ path, message, name }` per problem. No value is
 * echoed: a refused value may be a live token.
 */
export const validationError = (error: z.ZodError) => {
  const details = error.issues.flatMap(detailsOf);
  const message = details.length === 1 ? details[0].message : `${details.length} errors occurred`;
  return new errors.ValidationError(message, { errors: details });
};

/** Strapi's 400 for problems a service finds once it knows the stored row (`path` from the request's body). */
export const problemsError = (problems: { path: string[]; message: string }[]) => {
  const details = problems.map(({ path, message }) => named(path, message));
  const message = details.length === 1 ? details[0].message : `${details.length} errors occurred`;
  return new errors.ValidationError(message, { errors: details });
};

/** The one validation seam: `input` read by `schema` (its defaults applied), or Strapi's ValidationError. */
export const parseInput = async <Schema extends z.ZodType>(
  schema: Schema,
  input: unknown
): Promise<z.output<Schema>> => {
  const result = await schema.safeParseAsync(input ?? {}, { error: messageOf });
  if (result.success) return result.data;
  throw validationError(result.error);
};

const idParamsSchema = z.object(idParams);

/** A route's `:id`, read as the route declares it: a positive integer, or a 400 naming `id`. */
export const idOf = async (params: unknown) => (await parseInput(idParamsSchema, params)).id;

/** A route's `:id` on routes that have always answered 404 for an id that names nothing, `abc` included. */
export const idOrNotFound = (params: unknown, notFound: string) => {
  const parsed = idParamsSchema.safeParse(params);
  if (!parsed.success) throw new errors.NotFoundError(notFound);
  return parsed.data.id;
};
