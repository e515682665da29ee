import type { AdminSnapshot } from './tokens';

export type AuditAction =
  | 'token.create'
  | 'token.update'
  | 'token.revoke'
  | 'token.regenerate'
  | 'token.archive'
  | 'token.restore'
  | 'token.delete'
  | 'token.provision'
  | 'hook.subscribe'
  | 'hook.unsubscribe'
  | 'hook.rotateSecret'
  | 'hook.replay';

/** Why a token was revoked without an admin: kept as `changes.reason` of its `token.revoke` entry. */
export const REVOKE_REASONS = {
  reportedLeak: 'reported as leaked',
  self: 'revoked by the token itself',
} as const;

export type RevokeReason = (typeof REVOKE_REASONS)[keyof typeof REVOKE_REASONS];

export interface AuditEntry {
  id: number;
  action: AuditAction;
  subjectType: 'token' | 'hook';
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
  subjectType?: 'token' | 'hook';
  tokenId?: number;
  action?: AuditAction;
  page?: number;
  pageSize?: number;
}
