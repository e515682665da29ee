import { Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import { DATE_TIME_FORMAT, formatAdmin } from '../utils/format';
import { getTranslation } from '../utils/getTranslation';

import type { AuditEntry } from '../../../shared/contracts/audit';

const ACTION_LABELS: Record<AuditEntry['action'], string> = {
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

/** Who did what, and when, to one token. */
export const AuditList = ({ entries }: { entries: AuditEntry[] }) => {
  const { formatMessage, formatDate } = useIntl();
  const t = (id: string, defaultMessage: string) => formatMessage({ id: getTranslation(id), defaultMessage });

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
              <Typography>{t(`tokens.audit.action.${entry.action}`, ACTION_LABELS[entry.action])}</Typography>
            </Td>
            <Td>
              <Typography>{formatAdmin(entry.actor) ?? t('tokens.createdBy.system', 'System')}</Typography>
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
