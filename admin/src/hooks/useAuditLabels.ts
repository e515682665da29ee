import { useIntl } from 'react-intl';

import { formatAdmin } from '../utils/format';
import { getTranslation } from '../utils/getTranslation';

import type { AuditAction, AuditEntry } from '../../../shared/contracts/audit';

const AUDIT_ACTION_LABELS: Record<AuditAction, string> = {
  'token.create': 'Created',
  'token.update': 'Edited',
  'token.revoke': 'Revoked',
  'token.regenerate': 'Regenerated',
  'token.archive': 'Archived',
  'token.restore': 'Restored',
  'token.delete': 'Deleted',
  'token.provision': 'Provisioned from configuration',
  'hook.subscribe': 'Hook subscribed',
  'hook.unsubscribe': 'Hook unsubscribed',
  'hook.rotateSecret': 'Hook signing secret rotated',
  'hook.replay': 'Hook deliveries replayed',
};

export const AUDIT_ACTIONS = Object.keys(AUDIT_ACTION_LABELS) as AuditAction[];

/**
 * Labels shared by a token's history and the audit log. An entry without an actor was written by the system
 * (provisioning, a hook removed because its target answered 410 Gone or its token went away, which the entry
 * records as a `reason`) or, for a hook the token subscribed or unsubscribed through the content API, by the token.
 */
export const useAuditLabels = () => {
  const { formatMessage } = useIntl();
  const t = (id: string, defaultMessage: string) => formatMessage({ id: getTranslation(id), defaultMessage });

  return {
    action: (action: AuditAction) => t(`tokens.audit.action.${action}`, AUDIT_ACTION_LABELS[action] ?? action),
    actor: (entry: Pick<AuditEntry, 'actor' | 'subjectType' | 'changes'>) =>
      formatAdmin(entry.actor) ??
      (entry.subjectType === 'hook' && !entry.changes?.reason
        ? t('audit.actor.token', 'The token itself')
        : t('tokens.createdBy.system', 'System')),
  };
};
