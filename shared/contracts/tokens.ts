/** Request and response shapes of the tokens admin API, shared by the server and the Settings page. */

import type { AccessLevel } from '../access-levels';

export type { AccessLevel };

export const TOKEN_STATUSES = ['active', 'scheduled', 'expired', 'revoked', 'archived'] as const;

export type TokenStatus = (typeof TOKEN_STATUSES)[number];

/** A snapshot of the admin who acted: it stays readable after that admin is removed. */
export interface AdminSnapshot {
  id: number | null;
  firstname: string | null;
  lastname: string | null;
  email: string | null;
}

/** At most `limit` requests per window of `windowSeconds` (the window starts at the token's first request). */
export interface RateLimit {
  limit: number;
  windowSeconds: number;
}

/** The largest values a rate limit may hold. */
export const RATE_LIMIT_MAX: RateLimit = { limit: 1_000_000, windowSeconds: 86_400 };

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
export interface TokenRefusal {
  at: string;
  reason: TokenRefusalReason;
  /** The client address, resolved as for `lastUsedIp`. */
  ip: string | null;
}

export interface AccessToken {
  id: number;
  name: string;
  description: string | null;
  accessLevel: AccessLevel;
  scopes: string[];
  ipAllowlist: string[];
  validFrom: string | null;
  validTo: string | null;
  /** null: no limit. */
  rateLimit: RateLimit | null;
  maskedKey: string;
  status: TokenStatus;
  /** Active and ending within the largest expiry-warning threshold (7 days by default). */
  expiresSoon: boolean;
  /** While a regenerated token's previous value is still accepted. */
  previousKeyExpiresAt: string | null;
  revokedAt: string | null;
  archivedAt: string | null;
  lastUsedAt: string | null;
  /** The client address of that use, as the trusted-proxy rules resolve it (never a forwarded value a client wrote). */
  lastUsedIp: string | null;
  /** The User-Agent of that use, at most 255 characters. */
  lastUsedUserAgent: string | null;
  /** The latest recorded refusal of one of its values, with its reason and client address. */
  lastRefusal: TokenRefusal | null;
  createdAt: string;
  updatedAt: string;
  createdBy: AdminSnapshot | null;
  /**
   * A token of the `tokens` option: the environment variable its value is set from at every start-up. Its value
   * changes only there (regenerate answers 409). null for a token created in the admin.
   */
  provisionedFrom: string | null;
}

/** Only the responses of create and regenerate carry the full value. */
export interface AccessTokenWithKey extends AccessToken {
  accessKey: string;
}

export interface TokenInput {
  name: string;
  description?: string | null;
  accessLevel: AccessLevel;
  scopes?: string[];
  ipAllowlist?: string[];
  validFrom?: string | null;
  validTo?: string | null;
  /** Absent on create: the configured default (`rateLimit.default`); null: no limit. */
  rateLimit?: RateLimit | null;
}

export interface CreateTokenInput extends TokenInput {
  /** A custom value, for an integration that already holds one. */
  accessKey?: string;
}

export type UpdateTokenInput = Partial<TokenInput>;

export interface RegenerateTokenInput {
  gracePeriodSeconds?: number;
  /**
   * Keep the token's REST hook subscriptions. By default they are removed in the same transaction (audited, queued
   * deliveries abandoned): a leaked value may have subscribed its own URL. The former opt-in, `dropSubscriptions`,
   * is refused with a 400 that points here.
   */
  keepSubscriptions?: boolean;
}

export const TOKEN_SORT_FIELDS = [
  'name',
  'maskedKey',
  'accessLevel',
  'scopes',
  'status',
  'validFrom',
  'validTo',
  'lastUsedAt',
  'createdAt',
  'createdBy',
] as const;

export type TokenSortField = (typeof TOKEN_SORT_FIELDS)[number];

/** `GET /tokens`: a token value is never accepted here (URLs reach logs and history); see TokenLookupInput. */
export interface TokenListQuery {
  search?: string;
  accessLevel?: AccessLevel;
  status?: TokenStatus;
  scope?: string;
  /** Only active tokens that expire soon (see AccessToken.expiresSoon). */
  expiresSoon?: true;
  sort?: `${TokenSortField}:${'asc' | 'desc'}`;
  page?: number;
  pageSize?: number;
}

/** `POST /tokens/lookup`: the list filtered by a token value (current, or previous in its grace period), sent in the body. */
export interface TokenLookupInput extends TokenListQuery {
  accessKey: string;
}

export interface Pagination {
  page: number;
  pageSize: number;
  pageCount: number;
  total: number;
}

/** A token in the list, with its requests in the current UTC hour and the 23 before it (any status). */
export interface AccessTokenListItem extends AccessToken {
  requests24h: number;
}

export interface TokenListResponse {
  data: AccessTokenListItem[];
  meta: { pagination: Pagination };
}

/** What a token may be scoped to: content types and plugins that have content-API routes. */
export interface ScopeOption {
  uid: string;
  kind: 'content-type' | 'plugin';
  displayName: string;
}

/** GET, PUT and DELETE /tokens/:id, and POST /tokens/:id/{revoke,archive,restore}: the token. */
export interface TokenResponse {
  data: AccessToken;
}

/** POST /tokens and POST /tokens/:id/regenerate: the token with its value, shown this once. */
export interface TokenWithKeyResponse {
  data: AccessTokenWithKey;
}

/** GET /scopes */
export interface ScopeListResponse {
  data: ScopeOption[];
}
