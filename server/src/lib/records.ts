/** Any object whose keys can be read: a record, an array, a Date; not null. */
export const isObjectLike = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

/** An object that is not an array: a JSON record as a query, a body or an entry holds it. */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  isObjectLike(value) && !Array.isArray(value);
