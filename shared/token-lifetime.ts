/** The token lifetime cap (`maxLifetimeDays`), applied by the server and by the admin form alike. Pure. */

export type DateInput = Date | string | number | null | undefined;

/** Milliseconds since the epoch, or null for an absent or unparseable date. */
export const toTime = (value: DateInput): number | null => {
  if (value === null || value === undefined || value === '') {
    return null;
  }
  const time = value instanceof Date ? value.getTime() : new Date(value).getTime();
  return Number.isNaN(time) ? null : time;
};

export const DAY_MS = 24 * 60 * 60 * 1000;

/** GitHub lets organisations cap token lifetimes at 1 to 366 days; so does `maxLifetimeDays`. */
export const MAX_LIFETIME_DAYS_LIMIT = 366;

/** When a token's life begins: its validFrom, or when it has none, the moment it was issued. */
export const lifetimeStart = (validFrom: DateInput, issuedAt: DateInput): number =>
  toTime(validFrom) ?? (toTime(issuedAt) as number);

/**
 * The start an edit is measured from. Once a token has started, moving validFrom later does not restart its
 * life (the value has been usable since the earlier start), so an edit cannot push the end past the cap.
 */
export const editedLifetimeStart = (before: number, after: number, now: number): number =>
  before <= now ? Math.min(before, after) : after;

/** Why a token from `start` to `validTo` breaks a cap of `maxDays`, or null when it keeps to it (or there is none). */
export const lifetimeProblem = (start: number, validTo: DateInput, maxDays: number | null): string | null => {
  if (maxDays === null) return null;
  const end = toTime(validTo);
  if (end === null) return `validTo is required: tokens may live at most ${maxDays} days (maxLifetimeDays)`;
  const latest = start + maxDays * DAY_MS;
  return end > latest
    ? `validTo must be at most ${maxDays} days after the token's start (${new Date(start).toISOString()}), so no later than ${new Date(latest).toISOString()} (maxLifetimeDays)`
    : null;
};
