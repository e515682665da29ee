/**
 * The rules of a token's editable fields, shared by the server (which enforces them) and the admin form (which
 * explains them before saving). What needs the server (known scopes, the token prefix, the clock) is added there.
 */

import { z } from 'zod/v4';

import { ACCESS_LEVELS } from '../access-levels';
import { isValidCidr } from '../cidr';
import { refusedCharacter, type TextKind } from '../plain-text';
import { isoDate } from './common';

const REFUSED_IN: Record<TextKind, string> = {
  line: 'line breaks, tabs or other control characters',
  lines: 'tabs or control characters other than line breaks',
};

/** A name (`line`) or a description (`lines`): the rule of shared/plain-text.ts, naming the first refused character. */
const plainText = (kind: TextKind) => (value: string, issues: z.core.$RefinementCtx<string>) => {
  const character = refusedCharacter(value, kind);
  if (character)
    issues.addIssue({ code: 'custom', message: `must not contain ${REFUSED_IN[kind]} (found ${character})` });
};

/** The largest values a rate limit may hold. */
export const RATE_LIMIT_MAX = { limit: 1_000_000, windowSeconds: 86_400 };

/** At most `limit` requests per window of `windowSeconds` (the window starts at the token's first request). */
export const rateLimit = z.strictObject({
  limit: z.number().int().min(1).max(RATE_LIMIT_MAX.limit),
  windowSeconds: z.number().int().min(1).max(RATE_LIMIT_MAX.windowSeconds),
});
export type RateLimit = z.infer<typeof rateLimit>;

export const tokenFields = {
  name: z
    .string()
    .max(100)
    .refine((name) => name.trim().length > 0, 'must not be empty')
    .superRefine(plainText('line')),
  description: z.string().max(1000).superRefine(plainText('lines')).nullable(),
  accessLevel: z.enum(ACCESS_LEVELS),
  scopes: z.array(z.string()),
  ipAllowlist: z.array(z.string().refine(isValidCidr, 'must be an IPv4 or IPv6 address or CIDR range')).max(100),
  validFrom: isoDate().nullable(),
  validTo: isoDate().nullable(),
  /** Absent on create: the configured default (`rateLimit.default`); null: no limit. */
  rateLimit: rateLimit.nullable(),
};

/** A window that ends after it starts. */
export const endsAfterStart = (
  token: { validFrom?: string | null; validTo?: string | null },
  issues: z.core.$RefinementCtx
) => {
  const { validFrom, validTo } = token;
  if (validFrom && validTo && !(Date.parse(validTo) > Date.parse(validFrom)))
    issues.addIssue({ code: 'custom', path: ['validTo'], message: 'must be after validFrom' });
};
