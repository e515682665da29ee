import { errors } from '@strapi/utils';
import { z } from 'zod/v4';

import { idParams } from '../../../shared/contracts/common';
import { issueDetails, issueMessage } from '../../../shared/contracts/issues';

/**
 * Strapi's 400 for a refused input: `details.errors` lists `{ path, message, name }` per problem. No value is
 * echoed: a refused value may be a live token.
 */
export const validationError = (error: z.ZodError) => {
  const details = issueDetails(error);
  const message = details.length === 1 ? details[0].message : `${details.length} errors occurred`;
  return new errors.ValidationError(message, { errors: details });
};

/** The one validation seam: `input` read by `schema` (its defaults applied), or Strapi's ValidationError. */
export const parseInput = async <Schema extends z.ZodType>(
  schema: Schema,
  input: unknown
): Promise<z.output<Schema>> => {
  const result = await schema.safeParseAsync(input ?? {}, { error: issueMessage });
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
