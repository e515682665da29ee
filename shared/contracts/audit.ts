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
