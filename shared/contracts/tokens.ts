/** Request and response shapes of the tokens admin API, shared by the server and the Settings page. */

import { z } from 'zod/v4';

import type { AccessLevel } from '../access-levels';
import { dataOf, timestamp, type Pagination } from './common';
import { accessProblems, permissions, type Permissions } from './permissions';
import { endsAfterStart, RATE_LIMIT_MAX, rateLimit, tokenFields, type RateLimit } from './token-fields';

export type { AccessLevel, Pagination, Permissions, RateLimit };
export { RATE_LIMIT_MAX };

export const TOKEN_STATUSES = ['active', 'scheduled', 'expired', 'revoked', 'archived'] as const;
export type TokenStatus = (typeof TOKEN_STATUSES)[number];

/** A snapshot of the admin who acted: it stays readable after that admin is removed. */
export const adminSnapshot = z.object({
  id: z.number().int().nullable(),
  firstname: z.string().nullable(),
  lastname: z.string().nullable(),
  email: z.string().nullable(),
});
export type AdminSnapshot = z.infer<typeof adminSnapshot>;

/** Why a request with one of a token's values was refused (the client of an IP refusal is told "Unknown access token"). */
export const TOKEN_REFUSAL_REASONS = [
  'ip-not-allowed',
  'scheduled',
  'expired',
  'revoked',
  'archived',
  'previous-value-ended',
] as const;
export type TokenRefusalReason = (typeof TOKEN_REFUSAL_REASONS)[number];

/** A refusal of the token's value: recorded at most once per `lastUsedIntervalMs` per token, as the last use is. */
const tokenRefusal = z.object({
  at: timestamp,
  reason: z.enum(TOKEN_REFUSAL_REASONS),
  /** The client address, resolved as for `lastUsedIp`. */
  ip: z.string().nullable(),
});
export type TokenRefusal = z.infer<typeof tokenRefusal>;

export const accessToken = z.object({
  id: z.number().int(),
  name: z.string(),
  description: z.string().nullable(),
  accessLevel: tokenFields.accessLevel,
  scopes: z.array(z.string()),
  /** What a custom token may do (subjects in UID order); null for read-only and read-write tokens. */
  permissions: permissions.nullable(),
  ipAllowlist: z.array(z.string()),
  validFrom: timestamp.nullable(),
  validTo: timestamp.nullable(),
  /** null: no limit. */
  rateLimit: rateLimit.nullable(),
  maskedKey: z.string(),
  status: z.enum(TOKEN_STATUSES),
  /** Active and ending within the largest expiry-warning threshold (7 days by default). */
  expiresSoon: z.boolean(),
  /** While a regenerated token's previous value is still accepted. */
  previousKeyExpiresAt: timestamp.nullable(),
  revokedAt: timestamp.nullable(),
  archivedAt: timestamp.nullable(),
  lastUsedAt: timestamp.nullable(),
  /** The client address of that use, as the trusted-proxy rules resolve it (never a forwarded value a client wrote). */
  lastUsedIp: z.string().nullable(),
  /** The User-Agent of that use, at most 255 characters. */
  lastUsedUserAgent: z.string().nullable(),
  /** The latest recorded refusal of one of its values, with its reason and client address. */
  lastRefusal: tokenRefusal.nullable(),
  createdAt: timestamp,
  updatedAt: timestamp,
  createdBy: adminSnapshot.nullable(),
  /**
   * A token of the `tokens` option: the environment variable its value is set from at every start-up. Its value
   * changes only there (regenerate answers 409). null for a token created in the admin.
   */
  provisionedFrom: z.string().nullable(),
});
export type AccessToken = z.infer<typeof accessToken>;

/** Only the responses of create and regenerate carry the full value. */
export const accessTokenWithKey = accessToken.extend({ accessKey: z.string() });
export type AccessTokenWithKey = z.infer<typeof accessTokenWithKey>;

const editable = {
  ...tokenFields,
  scopes: tokenFields.scopes.optional(),
  /** Custom tokens only; null (or absent) for the other levels, which lose theirs on leaving the custom level. */
  permissions: permissions.nullable().optional(),
  ipAllowlist: tokenFields.ipAllowlist.optional(),
};

/** A new token's level, scopes and permissions agree (an edit's are checked against the token it changes). */
const levelAgrees = (token: Parameters<typeof accessProblems>[0], issues: z.core.$RefinementCtx) => {
  for (const { path, message } of accessProblems(token, null)) issues.addIssue({ code: 'custom', path, message });
};

/** POST /tokens: `accessKey`, a custom value, for an integration that already holds one. */
export const createTokenInput = z
  .strictObject({
    ...editable,
    description: editable.description.optional(),
    validFrom: editable.validFrom.optional(),
    validTo: editable.validTo.optional(),
    rateLimit: editable.rateLimit.optional(),
    accessKey: z.string().optional(),
  })
  .superRefine(endsAfterStart)
  .superRefine(levelAgrees);
export type CreateTokenInput = z.infer<typeof createTokenInput>;

/** PUT /tokens/:id: only the fields that change. */
export const updateTokenInput = z.strictObject(editable).partial().superRefine(endsAfterStart);
export type UpdateTokenInput = z.infer<typeof updateTokenInput>;
export type TokenInput = CreateTokenInput;

const MAX_GRACE_PERIOD_SECONDS = 30 * 24 * 60 * 60;

const DROP_SUBSCRIPTIONS_REPLACED =
  "is no longer accepted: regenerate now removes the token's hook subscriptions unless keepSubscriptions is true";

/** POST /tokens/:id/regenerate */
export const regenerateTokenInput = z.strictObject({
  gracePeriodSeconds: z.number().int().min(0).max(MAX_GRACE_PERIOD_SECONDS).optional(),
  /** Keep the hook subscriptions; by default they go in the same transaction (a leaked value may have subscribed). */
  keepSubscriptions: z.boolean().optional(),
  // Known, so that the answer names its replacement instead of "unknown field".
  dropSubscriptions: z.undefined({ error: DROP_SUBSCRIPTIONS_REPLACED }).optional(),
});
export type RegenerateTokenInput = Omit<z.infer<typeof regenerateTokenInput>, 'dropSubscriptions'>;

/** What a token may be scoped to: content types and plugins that have content-API routes. */
export const scopeOption = z.object({
  uid: z.string(),
  kind: z.enum(['content-type', 'plugin']),
  displayName: z.string(),
});
export type ScopeOption = z.infer<typeof scopeOption>;

/** GET, PUT and DELETE /tokens/:id, and POST /tokens/:id/{revoke,archive,restore}: the token. */
export const tokenResponse = dataOf(accessToken);
export type TokenResponse = z.infer<typeof tokenResponse>;

/** POST /tokens and POST /tokens/:id/regenerate: the token with its value, shown this once. */
export const tokenWithKeyResponse = dataOf(accessTokenWithKey);
export type TokenWithKeyResponse = z.infer<typeof tokenWithKeyResponse>;

/** GET /scopes */
export const scopeListResponse = dataOf(z.array(scopeOption));
export type ScopeListResponse = z.infer<typeof scopeListResponse>;
