import { Flex, Link, Td, Tr, Typography } from '@strapi/design-system';
import { NavLink } from 'react-router-dom';

import { useAuditLabels } from './useAuditLabels';
import { useFormatDate } from '../ui/useFormatDate';
import { PLUGIN_ID } from '../pluginId';
import { DataTable, TextCell } from '../ui/DataTable';
import { Mono } from '../ui/Mono';
import { useT } from '../ui/useT';

import type { AuditEntry } from '../../../shared/contracts/audit';

const MAX_VALUE_LENGTH = 80;

/** One recorded value, short enough for a table cell: lists joined, objects as JSON, nothing as a dash. */
const asText = (value: unknown) =>
  typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);

export const formatAuditValue = (value: unknown): string => {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value) && value.length === 0) return '—';
  const text = Array.isArray(value) ? value.map(asText).join(', ') : asText(value);
  return text.length > MAX_VALUE_LENGTH ? `${text.slice(0, MAX_VALUE_LENGTH - 1)}…` : text;
};

/** `field: from → to`, or `field: to` for a value set from nothing (creation, subscription). */
export const formatAuditChange = (field: string, { from, to }: { from: unknown; to: unknown }) =>
  from === null || from === undefined
    ? `${field}: ${formatAuditValue(to)}`
    : `${field}: ${formatAuditValue(from)} → ${formatAuditValue(to)}`;

/** Each column's label, translated under `audit.column.<key>`. */
const COLUMNS = { time: 'Time', action: 'Action', subject: 'Subject', actor: 'By', changes: 'Changes' };

const Subject = ({ entry }: { entry: AuditEntry }) => {
  const t = useT();
  if (entry.subjectType === 'hook') {
    return <Mono>{entry.subjectName ?? t('audit.subject.hook', 'Hook #{id}', { id: entry.subjectId ?? '?' })}</Mono>;
  }
  const name = entry.subjectName ?? t('audit.subject.token', 'Token #{id}', { id: entry.subjectId ?? '?' });
  const tokenId = entry.tokenId ?? entry.subjectId;
  if (tokenId === null) return <Typography>{name}</Typography>;
  return (
    <Link tag={NavLink} to={`/settings/${PLUGIN_ID}/${tokenId}`}>
      {name}
    </Link>
  );
};

/** The whole audit trail: when, what, to which token or hook, by whom, and how. */
export const AuditLogTable = ({ entries }: { entries: AuditEntry[] }) => {
  const date = useFormatDate();
  const labels = useAuditLabels();

  return (
    <DataTable columns={COLUMNS} prefix="audit.column" rowCount={entries.length}>
      {entries.map((entry) => (
        <Tr key={entry.id}>
          <Td>
            <Typography tag="time" dateTime={entry.createdAt}>
              {date(entry.createdAt)}
            </Typography>
          </Td>
          <TextCell>{labels.action(entry.action)}</TextCell>
          <Td>
            <Subject entry={entry} />
          </Td>
          <TextCell>{labels.actor(entry)}</TextCell>
          <Td>
            {entry.changes && Object.keys(entry.changes).length ? (
              <Flex direction="column" alignItems="flex-start" gap={1}>
                {Object.entries(entry.changes).map(([field, change]) => (
                  <Typography key={field} variant="pi">
                    {formatAuditChange(field, change)}
                  </Typography>
                ))}
              </Flex>
            ) : (
              <Typography textColor="neutral500">—</Typography>
            )}
          </Td>
        </Tr>
      ))}
    </DataTable>
  );
};
