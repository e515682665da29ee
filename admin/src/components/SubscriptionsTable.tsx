import { Badge, IconButton, Link, Table, Tbody, Td, Th, Thead, Tr, Typography, VisuallyHidden } from '@strapi/design-system';
import { Trash } from '@strapi/icons';
import { useIntl } from 'react-intl';
import { NavLink } from 'react-router-dom';

import { useSubscriptionLabels } from '../hooks/useSubscriptionLabels';
import { PLUGIN_ID } from '../pluginId';
import { DATE_TIME_FORMAT } from '../utils/format';
import { getTranslation } from '../utils/getTranslation';
import { Mono } from './Mono';

import type { AdminHookSubscription } from '../../../shared/contracts/hooks';
import type { ScopeOption } from '../../../shared/contracts/tokens';

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
  /** Given only to admins who may delete: each row then offers Remove. */
  onRemove?: (subscription: AdminHookSubscription) => void;
}

/** The REST hooks tokens subscribed: where each sends which event, and whether it is still delivering. */
export const SubscriptionsTable = ({ subscriptions, scopes, showToken = true, onRemove }: SubscriptionsTableProps) => {
  const { formatMessage, formatDate } = useIntl();
  const t = (id: string, defaultMessage: string) => formatMessage({ id: getTranslation(id), defaultMessage });
  const labels = useSubscriptionLabels(scopes);
  const date = (value: string | null) => (value ? formatDate(value, DATE_TIME_FORMAT) : '—');
  const columns = COLUMNS.filter(({ key }) => showToken || key !== 'token');

  return (
    <Table colCount={columns.length + (onRemove ? 1 : 0)} rowCount={subscriptions.length + 1}>
      <Thead>
        <Tr>
          {columns.map(({ key, defaultMessage }) => (
            <Th key={key}>
              <Typography variant="sigma">{t(`hooks.subscriptions.column.${key}`, defaultMessage)}</Typography>
            </Th>
          ))}
          {onRemove && (
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
                    formatMessage(
                      { id: getTranslation('hooks.subscriptions.deletedToken'), defaultMessage: 'Deleted token #{id}' },
                      { id: sub.tokenId }
                    )}
                </Link>
              </Td>
            )}
            <Td>
              <Typography>{labels.event(sub.event)}</Typography>
            </Td>
            <Td>
              <Typography>{labels.contentType(sub.contentType)}</Typography>
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
            {onRemove && (
              <Td>
                <IconButton
                  label={formatMessage(
                    { id: getTranslation('hooks.subscriptions.remove'), defaultMessage: 'Remove the hook to {targetUrl}' },
                    { targetUrl: sub.targetUrl }
                  )}
                  variant="ghost"
                  onClick={() => onRemove(sub)}
                >
                  <Trash />
                </IconButton>
              </Td>
            )}
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
};
