/** Schemas every endpoint shares: pagination, ISO dates, a route's `:id`. */

import { z } from 'zod/v4';

const ISO_8601 = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** An ISO 8601 date or date-time that names a real instant. */
export const isIsoDate = (value: unknown): value is string =>
  typeof value === 'string' && ISO_8601.test(value) && !Number.isNaN(Date.parse(value));

/** An ISO 8601 date string; `whenMissing` says what an absent one should have been. */
export const isoDate = (whenMissing = 'is required') =>
  z
    .string({ error: (issue) => (issue.input === undefined ? whenMissing : 'must be an ISO 8601 date') })
    .refine(isIsoDate, { message: 'must be an ISO 8601 date', abort: true })
    .meta({ format: 'date-time' });

/** A date-time the server answers: always `Date#toISOString()`. */
export const timestamp = z.string().meta({ format: 'date-time' });

/**
 * A route's `:id`: a positive integer in decimal (at most 15 digits, so a safe integer), refused with a 400 naming
 * `id`, never looked up as NaN.
 */
export const idParam = z
  .string()
  .regex(/^[1-9]\d{0,14}$/, 'must be a positive integer')
  .pipe(z.coerce.number<string>().int().positive());

export const idParams = { id: idParam };

/** `page` and `pageSize` of a list query: query strings carry text, so numbers are read from it. */
export const pageQueryFields = {
  page: z.coerce.number<unknown>().int().min(1).default(1),
  pageSize: z.coerce.number<unknown>().int().min(1).max(100).default(25),
};

export const pagination = z.object({
  page: z.number().int(),
  pageSize: z.number().int(),
  pageCount: z.number().int(),
  total: z.number().int(),
});

export type Pagination = z.infer<typeof pagination>;

/** A list answer: one page of `item`, with its pagination. */
export const pageOf = <Item extends z.ZodType>(item: Item) =>
  z.object({ data: z.array(item), meta: z.object({ pagination }) });

/** A single answer: `{ data }`. */
export const dataOf = <Data extends z.ZodType>(data: Data) => z.object({ data });
