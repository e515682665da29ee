import { yup } from '@strapi/utils';

import { refusedCharacter, type TextKind } from '../../../shared/plain-text';

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
