/** Dates come back from the database as Date or string depending on the client. */
export type DbDate = Date | string;

export const iso = (value: DbDate | null | undefined): string | null =>
  value == null ? null : new Date(value).toISOString();
