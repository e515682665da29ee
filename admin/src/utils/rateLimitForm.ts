/** The rate limit fields of the token form: two numbers, both given or neither. */
import { RATE_LIMIT_MAX, type AccessToken, type RateLimit } from '../../../shared/contracts/tokens';
import { getTranslation } from './getTranslation';

import type { MessageDescriptor } from 'react-intl';

export interface RateLimitFormValues {
  /** Requests allowed per window; null when empty. */
  rateLimitLimit: number | null;
  rateLimitWindow: number | null;
}

const msg = (id: string, defaultMessage: string): MessageDescriptor => ({ id: getTranslation(id), defaultMessage });

export const rateLimitMessages = {
  pair: msg('tokens.form.error.rateLimitPair', 'Give both the number of requests and the window, or neither'),
  limit: msg('tokens.form.error.rateLimitLimit', 'A whole number from 1 to 1,000,000'),
  window: msg('tokens.form.error.rateLimitWindow', 'A whole number of seconds from 1 to 86,400 (one day)'),
};

export const rateLimitToForm = (rateLimit: AccessToken['rateLimit'] | undefined): RateLimitFormValues => ({
  rateLimitLimit: rateLimit?.limit ?? null,
  rateLimitWindow: rateLimit?.windowSeconds ?? null,
});

const inRange = (value: number, max: number) => Number.isInteger(value) && value >= 1 && value <= max;

export const validateRateLimit = ({ rateLimitLimit: limit, rateLimitWindow: window }: RateLimitFormValues) => {
  const errors: Partial<Record<keyof RateLimitFormValues, MessageDescriptor>> = {};
  if (limit !== null && !inRange(limit, RATE_LIMIT_MAX.limit)) errors.rateLimitLimit = rateLimitMessages.limit;
  if (window !== null && !inRange(window, RATE_LIMIT_MAX.windowSeconds))
    errors.rateLimitWindow = rateLimitMessages.window;
  if ((limit === null) !== (window === null))
    errors[limit === null ? 'rateLimitLimit' : 'rateLimitWindow'] = rateLimitMessages.pair;
  return errors;
};

/** Null when both are empty: no limit (on create the modal leaves it out, so the configured default applies). */
export const rateLimitInput = ({ rateLimitLimit, rateLimitWindow }: RateLimitFormValues): RateLimit | null =>
  rateLimitLimit !== null && rateLimitWindow !== null
    ? { limit: rateLimitLimit, windowSeconds: rateLimitWindow }
    : null;
