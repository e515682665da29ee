/** The rate limit fields of the token form: two numbers, both given or neither. */
import type { AccessToken, RateLimit } from '../../../shared/contracts/tokens';

export interface RateLimitFormValues {
  /** Requests allowed per window; null when empty. */
  rateLimitLimit: number | null;
  rateLimitWindow: number | null;
}

export const rateLimitToForm = (rateLimit: AccessToken['rateLimit'] | undefined): RateLimitFormValues => ({
  rateLimitLimit: rateLimit?.limit ?? null,
  rateLimitWindow: rateLimit?.windowSeconds ?? null,
});

/**
 * The two fields as the schema judges them: null when both are empty; one given alone is judged as it stands, so
 * the other is refused in the server's words (`rateLimit.windowSeconds is required`).
 */
export const rateLimitDraft = ({ rateLimitLimit, rateLimitWindow }: RateLimitFormValues) =>
  rateLimitLimit === null && rateLimitWindow === null
    ? null
    : { limit: rateLimitLimit ?? undefined, windowSeconds: rateLimitWindow ?? undefined };

/** Null when both are empty: no limit (on create the modal leaves it out, so the configured default applies). */
export const rateLimitInput = ({ rateLimitLimit, rateLimitWindow }: RateLimitFormValues): RateLimit | null =>
  rateLimitLimit !== null && rateLimitWindow !== null
    ? { limit: rateLimitLimit, windowSeconds: rateLimitWindow }
    : null;
