import { errors, yup } from '@strapi/utils';

import { refusedCharacter, type TextKind } from '../../../shared/plain-text';

const ISO_8601 = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

export const isIsoDate = (value: unknown): boolean =>
  typeof value === 'string' && ISO_8601.test(value) && !Number.isNaN(Date.parse(value));

const REFUSED_IN: Record<TextKind, string> = {
  line: 'line breaks, tabs or other control characters',
  lines: 'tabs or control characters other than line breaks',
};

/** A name (`line`) or a description (`lines`): the rule of shared/plain-text.ts, naming the first refused character. */
export const plainText = (kind: TextKind): yup.TestConfig<string | null | undefined> => ({
  name: 'plain-text',
  test(value) {
    const character = value ? refusedCharacter(value, kind) : null;
    return character
      ? this.createError({ message: `${this.path} must not contain ${REFUSED_IN[kind]} (found ${character})` })
      : true;
  },
});

/** An ISO 8601 date or date-time string, or null. */
export const isoDate = () =>
  yup
    .string()
    .nullable()
    .test('iso-date', '${path} must be an ISO 8601 date', (value) => value == null || isIsoDate(value));

export const pageQuery = {
  page: yup.number().integer().min(1).default(1),
  pageSize: yup.number().integer().min(1).max(100).default(25),
};

/** A valid list query: the contract's query with the page defaults applied. */
export type Paged<Query extends { page?: number; pageSize?: number }> = Query &
  Required<Pick<Query, 'page' | 'pageSize'>>;

/**
 * Refuses fields the schema does not know, one error per field with the field as its path (yup's
 * `noUnknown` reports them all on the object itself, with an empty path). Each error carries the field's own
 * value: Strapi echoes it, and the whole body may hold a secret.
 */
export const knownFieldsOnly = <Schema extends yup.AnyObjectSchema>(schema: Schema): Schema =>
  schema.test('known-fields', 'unknown field', function knownFields(value: unknown) {
    if (!value || typeof value !== 'object') return true;
    // Own properties only: `key in fields` would take constructor, toString or __proto__ for known fields.
    const unknown = Object.keys(value).filter((key) => !Object.prototype.hasOwnProperty.call(schema.fields, key));
    // A nested object's fields are named from the top: `rateLimit.burst`.
    const pathOf = (key: string) => (this.path ? `${this.path}.${key}` : key);
    return unknown.length === 0
      ? true
      : new yup.ValidationError(
          unknown.map(
            (key) =>
              new yup.ValidationError(
                `${pathOf(key)} is not a known field`,
                (value as Record<string, unknown>)[key],
                pathOf(key)
              )
          )
        );
  });

/**
 * Strapi's validation errors echo the refused value. Rethrows `error` without the values of the given top-level
 * fields (of every field when none are given): a refused value may be a live token.
 */
export const withoutEchoedValues =
  (fields?: string[]) =>
  (error: unknown): never => {
    if (error instanceof errors.ValidationError) {
      const details = error.details as { errors?: { path?: string[]; value?: unknown }[] };
      for (const fieldError of details.errors ?? []) {
        if (!fields || fields.includes(fieldError.path?.[0] ?? '')) delete fieldError.value;
      }
    }
    throw error;
  };
