/** Delays, in seconds, before the 2nd, 3rd, ... attempt: 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h. */
export const DEFAULT_RETRY_SCHEDULE_SECONDS: number[] = [5, 300, 1800, 7200, 18000, 36000, 36000];

const DELAY_SECONDS = /^\d+$/;

/**
 * Parses a Retry-After header (delay-seconds or HTTP date) into milliseconds from `now`.
 * A date in the past gives 0; anything unparseable gives null.
 */
export const parseRetryAfter = (value: string | null | undefined, now: Date = new Date()): number | null => {
  const trimmed = value?.trim();
  if (!trimmed) return null;
  if (DELAY_SECONDS.test(trimmed)) {
    const seconds = Number(trimmed);
    return Number.isSafeInteger(seconds * 1000) ? seconds * 1000 : null;
  }
  // A date has letters (day and month names); this refuses "-5", "1.5" and other numbers Date.parse would read.
  if (!/[a-z]/i.test(trimmed)) return null;
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return null;
  return Math.max(0, at - now.getTime());
};

/**
 * Delay in milliseconds before the next attempt, after `attempt` attempts (1 = the first delivery failed),
 * or null when the schedule is exhausted. A Retry-After longer than the scheduled delay wins, but never
 * beyond the longest delay of the schedule; a shorter one is ignored.
 */
export const nextAttemptDelay = (
  attempt: number,
  schedule: readonly number[] = DEFAULT_RETRY_SCHEDULE_SECONDS,
  retryAfterHeader?: string | null,
  now: Date = new Date()
): number | null => {
  if (!Number.isInteger(attempt) || attempt < 1) {
    throw new RangeError(`attempt must be a positive integer, got ${attempt}`);
  }
  if (attempt > schedule.length) return null;
  const scheduled = schedule[attempt - 1] * 1000;
  const retryAfter = parseRetryAfter(retryAfterHeader, now);
  if (retryAfter === null || retryAfter <= scheduled) return scheduled;
  const cap = Math.max(...schedule) * 1000;
  return Math.max(scheduled, Math.min(retryAfter, cap));
};
