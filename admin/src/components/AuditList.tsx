import { Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import { DATE_TIME_FORMAT, formatAdmin } from '../utils/format';
import { getTranslation } from '../utils/getTranslation';

import type { AuditAction, AuditEntry } from '../../../shared/contracts/audit';

export const AUDIT_ACTION_LABELS: Record<AuditAction, string> = {
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

/** Who did what, and when, to one token. */
export const AuditList = ({ entries }: { entries: AuditEntry[] }) => {
  const { formatMessage, formatDate } = useIntl();
  const t = (id: string, defaultMessage: string) => formatMessage({ id: getTranslation(id), defaultMessage });
  const labels = useAuditLabels();

  if (entries.length === 0) {
    return <Typography textColor="neutral600">{t('tokens.audit.empty', 'No recorded changes.')}</Typography>;
  }

  return (
    <Table colCount={4} rowCount={entries.length + 1}>
      <Thead>
        <Tr>
          <Th>
            <Typography variant="sigma">{t('tokens.audit.column.date', 'Date')}</Typography>
          </Th>
          <Th>
            <Typography variant="sigma">{t('tokens.audit.column.action', 'Action')}</Typography>
          </Th>
          <Th>
            <Typography variant="sigma">{t('tokens.audit.column.actor', 'By')}</Typography>
          </Th>
          <Th>
            <Typography variant="sigma">{t('tokens.audit.column.changes', 'Changed fields')}</Typography>
          </Th>
        </Tr>
      </Thead>
      <Tbody>
        {entries.map((entry) => (
          <Tr key={entry.id}>
            <Td>
              <Typography>{formatDate(entry.createdAt, DATE_TIME_FORMAT)}</Typography>
            </Td>
            <Td>
              <Typography>{labels.action(entry.action)}</Typography>
            </Td>
            <Td>
              <Typography>{labels.actor(entry)}</Typography>
            </Td>
            <Td>
              <Typography>{entry.changes ? Object.keys(entry.changes).join(', ') : '—'}</Typography>
            </Td>
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
};
