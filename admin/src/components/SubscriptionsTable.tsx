import { Badge, Link, Table, Tbody, Td, Th, Thead, Tr, Typography, VisuallyHidden } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { NavLink } from 'react-router-dom';

import { PLUGIN_ID } from '../pluginId';
import { DATE_TIME_FORMAT } from '../utils/format';
import { Mono } from './Mono';
import { useT } from '../hooks/useT';

import type { AdminHookSubscription } from '../../../shared/contracts/hooks';
import type { ScopeOption } from '../../../shared/contracts/tokens';

export const EVENT_LABELS: Record<AdminHookSubscription['event'], string> = {
  'entry.create': 'Entry created',
  'entry.update': 'Entry updated',
  'entry.delete': 'Entry deleted',
  'entry.publish': 'Entry published',
  'entry.unpublish': 'Entry unpublished',
};

const COLUMNS = [
  { key: 'token', defaultMessage: 'Token' },
  { key: 'event', defaultMessage: 'Event' },
  { key: 'contentType', defaultMessage: 'Content type' },
  { key: 'targetUrl', defaultMessage: 'Target URL' },
  { key: 'status', defaultMessage: 'Status' },
  { key: 'failures', defaultMessage: 'Consecutive failures' },
  { key: 'failingSince', defaultMessage: 'Failing since' },
  { key: 'createdAt', defaultMessage: 'Created' },
] as const;

export interface SubscriptionsTableProps {
  subscriptions: AdminHookSubscription[];
  scopes: ScopeOption[];
  /** Off on a token's own page, where every row is that token's. */
  showToken?: boolean;
  /** Given only to admins who may act on hooks: each row then ends with these actions. */
  actions?: (subscription: AdminHookSubscription) => React.ReactNode;
}

/** The REST hooks tokens subscribed: where each sends which event, and whether it is still delivering. */
export const SubscriptionsTable = ({ subscriptions, scopes, showToken = true, actions }: SubscriptionsTableProps) => {
  const { formatDate } = useIntl();
  const t = useT();
  const date = (value: string | null) => (value ? formatDate(value, DATE_TIME_FORMAT) : '—');
  const columns = COLUMNS.filter(({ key }) => showToken || key !== 'token');

  return (
    <Table colCount={columns.length + (actions ? 1 : 0)} rowCount={subscriptions.length + 1}>
      <Thead>
        <Tr>
          {columns.map(({ key, defaultMessage }) => (
            <Th key={key}>
              <Typography variant="sigma">{t(`hooks.subscriptions.column.${key}`, defaultMessage)}</Typography>
            </Th>
          ))}
          {actions && (
            <Th>
              <VisuallyHidden>{t('hooks.subscriptions.column.actions', 'Actions')}</VisuallyHidden>
            </Th>
          )}
        </Tr>
      </Thead>
      <Tbody>
        {subscriptions.map((sub) => (
          <Tr key={sub.id}>
            {showToken && (
              <Td>
                <Link tag={NavLink} to={`/settings/${PLUGIN_ID}/${sub.tokenId}`}>
                  {sub.tokenName ??
                    t('hooks.subscriptions.deletedToken', 'Deleted token #{id}', { id: sub.tokenId })}
                </Link>
              </Td>
            )}
            <Td>
              <Typography>{t(`hooks.event.${sub.event}`, EVENT_LABELS[sub.event])}</Typography>
            </Td>
            <Td>
              <Typography>
                {sub.contentType
                  ? (scopes.find((scope) => scope.uid === sub.contentType)?.displayName ?? sub.contentType)
                  : t('hooks.subscriptions.allContentTypes', 'All readable')}
              </Typography>
            </Td>
            <Td maxWidth="32rem">
              <Mono>{sub.targetUrl}</Mono>
            </Td>
            <Td>
              {sub.disabledAt ? (
                <Badge variant="danger">{t('hooks.subscriptions.status.disabled', 'Disabled')}</Badge>
              ) : (
                <Badge variant="success">{t('hooks.subscriptions.status.enabled', 'Enabled')}</Badge>
              )}
            </Td>
            <Td>
              <Typography textColor={sub.consecutiveFailures > 0 ? 'danger600' : undefined}>
                {sub.consecutiveFailures}
              </Typography>
            </Td>
            <Td>
              <Typography>{date(sub.failingSince)}</Typography>
            </Td>
            <Td>
              <Typography>{date(sub.createdAt)}</Typography>
            </Td>
            {actions && <Td>{actions(sub)}</Td>}
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
};
