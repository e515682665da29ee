/** The audit log of the admin API: GET /access-tokens/audit. */

import type { AdminSnapshot, Pagination } from './tokens';

export const AUDIT_ACTIONS = [
  'token.create',
  'token.update',
  'token.revoke',
  /** A value a regeneration replaced, ended before its grace period by itself or a leak report. */
  'token.previous-key-ended',
  'token.regenerate',
  'token.archive',
  'token.restore',
  'token.delete',
  'token.provision',
  'hook.subscribe',
  'hook.unsubscribe',
  'hook.rotateSecret',
  'hook.replay',
  'hook.retry',
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/**
 * Whether an action changes how its token authenticates (its value, status, validity, IP allowlist, level, scopes,
 * rate limit...): each instance's revocation poll evicts the tokens named by such entries from its cache. Hook
 * actions change none of that, and a token may write them itself, so they never empty a cache.
 */
const EVICTS_TOKEN: Record<AuditAction, boolean> = {
  'token.create': true,
  'token.update': true,
  'token.revoke': true,
  'token.previous-key-ended': true,
  'token.regenerate': true,
  'token.archive': true,
  'token.restore': true,
  'token.delete': true,
  'token.provision': true,
  'hook.subscribe': false,
  'hook.unsubscribe': false,
  'hook.rotateSecret': false,
  'hook.replay': false,
  'hook.retry': false,
};

export const TOKEN_EVICTING_ACTIONS = AUDIT_ACTIONS.filter((action) => EVICTS_TOKEN[action]);

export const AUDIT_SUBJECT_TYPES = ['token', 'hook'] as const;

export type AuditSubjectType = (typeof AUDIT_SUBJECT_TYPES)[number];

/**
 * Why a token was revoked, or a replaced value ended, without an admin: kept as `changes.reason` of its `token.revoke`
 * or `token.previous-key-ended` entry.
 */
export const REVOKE_REASONS = {
  reportedLeak: 'reported as leaked',
  self: 'revoked by the token itself',
} as const;

export type RevokeReason = (typeof REVOKE_REASONS)[keyof typeof REVOKE_REASONS];

export interface AuditEntry {
  id: number;
  action: AuditAction;
  subjectType: AuditSubjectType;
  subjectId: number | null;
  subjectName: string | null;
  /** The token the entry concerns (for a hook, the token that owns it). */
  tokenId: number | null;
  /** The admin who acted; null for the system (provisioning) and for tokens acting on their own hooks. */
  actor: AdminSnapshot | null;
  changes: Record<string, { from: unknown; to: unknown }> | null;
  createdAt: string;
}

export interface AuditListQuery {
  subjectType?: AuditSubjectType;
  tokenId?: number;
  action?: AuditAction;
  page?: number;
  pageSize?: number;
}

export interface AuditListResponse {
  data: AuditEntry[];
  meta: { pagination: Pagination };
}
