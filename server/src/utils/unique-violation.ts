import { errors } from '@strapi/utils';

const UNIQUE_INDEX_FIELDS: Record<string, { path: string; message: string }> = {
  access_tokens_name_key_unique: { path: 'name', message: 'A token with this name already exists' },
  access_tokens_key_hash_unique: { path: 'accessKey', message: 'This token value is already in use' },
};

interface DatabaseError {
  code?: string;
  errno?: number;
  message?: string;
}

/** PostgreSQL 23505, MySQL/MariaDB 1062, SQLite SQLITE_CONSTRAINT_UNIQUE. */
const isUniqueViolation = (error: DatabaseError) =>
  error.code === '23505' || error.errno === 1062 || error.code === 'SQLITE_CONSTRAINT_UNIQUE';

/**
 * The checks before a write answer the usual case; the unique indexes settle two concurrent requests.
 * A violation of one of them becomes the same 400 the check would have given.
 */
export const asValidationErrorIfDuplicate = (error: unknown): unknown => {
  if (!error || typeof error !== 'object' || !isUniqueViolation(error as DatabaseError)) return error;
  const text = String((error as DatabaseError).message);
  const match =
    Object.entries(UNIQUE_INDEX_FIELDS).find(([index]) => text.includes(index)) ??
    // SQLite names the column, not the index.
    Object.entries(UNIQUE_INDEX_FIELDS).find(([index]) =>
      text.includes(index.replace(/^access_tokens_|_unique$/g, ''))
    );
  if (!match) return error;
  const [, field] = match;
  return new errors.ValidationError(field.message, {
    errors: [{ path: [field.path], message: field.message, name: 'ValidationError' }],
  });
};
