import { DAY_MS } from '../../../shared/token-lifetime';
import { toTime, type DateInput } from './token-status';

/** Days before validTo that expiry warnings go out, when `expiryWarnings.thresholdsDays` is null. */
export const DEFAULT_EXPIRY_THRESHOLDS_DAYS = [7, 1];

export const thresholdsOrDefault = (thresholds: number[] | null | undefined): number[] =>
  thresholds && thresholds.length > 0 ? thresholds : DEFAULT_EXPIRY_THRESHOLDS_DAYS;

/** A token "expires soon" within the largest warning threshold. */
export const expiresSoonWindowDays = (thresholds: number[] | null | undefined): number =>
  Math.max(...thresholdsOrDefault(thresholds));

/**
 * The warning due for a token ending at `validTo`: the smallest threshold it is within, or null when it is
 * further away (or already over, or endless). Only the smallest is sent: a token first seen 12 hours before its
 * end gets the 1-day warning, not the 7-day one too.
 */
export const dueThreshold = (validTo: DateInput, now: Date, thresholds: number[]): number | null => {
  const end = toTime(validTo);
  if (end === null || end <= now.getTime()) return null;
  const left = end - now.getTime();
  const within = thresholds.filter((days) => left <= days * DAY_MS);
  return within.length > 0 ? Math.min(...within) : null;
};

/** Whether the warning for `due` is still to send, given the smallest threshold already warned for this end. */
export const warningPending = (due: number, warnedDays: number | null | undefined): boolean =>
  warnedDays == null || warnedDays > due;
