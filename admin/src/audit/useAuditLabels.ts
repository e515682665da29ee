import { formatAdmin } from '../utils/format';

import { REVOKE_REASONS, type AuditAction, type AuditEntry } from '../../../shared/contracts/audit';
import { useT } from '../ui/useT';

const AUDIT_ACTION_LABELS: Record<AuditAction, string> = {
  'token.create': 'Created',
  'token.update': 'Edited',
  'token.revoke': 'Revoked',
  'token.previous-key-ended': 'Replaced value ended',
  'token.regenerate': 'Regenerated',
  'token.archive': 'Archived',
  'token.restore': 'Restored',
  'token.delete': 'Deleted',
  'token.provision': 'Provisioned from configuration',
  'hook.subscribe': 'Hook subscribed',
  'hook.unsubscribe': 'Hook unsubscribed',
  'hook.rotateSecret': 'Hook signing secret rotated',
  'hook.replay': 'Hook deliveries replayed',
  'hook.retry': 'Hook delivery retried',
};

export const AUDIT_ACTIONS = Object.keys(AUDIT_ACTION_LABELS) as AuditAction[];

/**
 * Labels shared by a token's history and the audit log. An entry without an actor was written by the system
 * (provisioning, a hook removed because its target answered 410 Gone or its token went away, which the entry
 * records as a `reason`), by the token (a hook it subscribed or unsubscribed through the content API, or its own
 * revocation), or by a leak report (`POST /api/access-tokens/revoke`).
 */
export const useAuditLabels = () => {
  const t = useT();

  return {
    action: (action: AuditAction) => t(`tokens.audit.action.${action}`, AUDIT_ACTION_LABELS[action] ?? action),
    actor: (entry: Pick<AuditEntry, 'actor' | 'subjectType' | 'changes'>) => {
      const admin = formatAdmin(entry.actor);
      const reason = entry.changes?.reason?.to;
      if (admin) return admin;
      if (reason === REVOKE_REASONS.reportedLeak) return t('audit.actor.leakReport', 'A leak report');
      if (reason === REVOKE_REASONS.self || (entry.subjectType === 'hook' && !reason)) {
        return t('audit.actor.token', 'The token itself');
      }
      return t('tokens.createdBy.system', 'System');
    },
  };
};
