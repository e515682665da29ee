/** The audit log of the admin API: GET /access-tokens/audit. */

import { z } from 'zod/v4';

import { pageOf, pageQueryFields, timestamp } from './common';
import { adminSnapshot } from './tokens';

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

export const auditEntry = z.object({
  id: z.number().int(),
  action: z.enum(AUDIT_ACTIONS),
  subjectType: z.enum(AUDIT_SUBJECT_TYPES),
  subjectId: z.number().int().nullable(),
  subjectName: z.string().nullable(),
  /** The token the entry concerns (for a hook, the token that owns it). */
  tokenId: z.number().int().nullable(),
  /** The admin who acted; null for the system (provisioning) and for tokens acting on their own hooks. */
  actor: adminSnapshot.nullable(),
  changes: z.record(z.string(), z.object({ from: z.unknown(), to: z.unknown() })).nullable(),
  createdAt: timestamp,
});
export type AuditEntry = z.infer<typeof auditEntry>;

/** GET /access-tokens/audit: the trail, newest first, filtered by subject type, token or action. */
export const auditListQuery = z.strictObject({
  subjectType: z.enum(AUDIT_SUBJECT_TYPES).optional(),
  tokenId: z.coerce.number<unknown>().int().positive().optional(),
  action: z.enum(AUDIT_ACTIONS).optional(),
  ...pageQueryFields,
});
export type ValidAuditListQuery = z.infer<typeof auditListQuery>;
export type AuditListQuery = Partial<ValidAuditListQuery>;

export const auditListResponse = pageOf(auditEntry);
export type AuditListResponse = z.infer<typeof auditListResponse>;
