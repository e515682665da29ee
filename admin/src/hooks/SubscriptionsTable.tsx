import { Badge, Link, Td, Tr, Typography } from '@strapi/design-system';
import { NavLink } from 'react-router-dom';

import { PLUGIN_ID } from '../pluginId';
import { DataTable, TextCell } from '../ui/DataTable';
import { Mono } from '../ui/Mono';
import { useFormatDate } from '../ui/useFormatDate';
import { useSubscriptionLabels } from './useSubscriptionLabels';
import { useT } from '../ui/useT';

import type { AdminHookSubscription } from '../../../shared/contracts/hooks';
import type { ScopeOption } from '../../../shared/contracts/tokens';

/** Each column's label, translated under `hooks.subscriptions.column.<key>`. */
const COLUMNS = {
  token: 'Token',
  event: 'Event',
  contentType: 'Content type',
  targetUrl: 'Target URL',
  status: 'Status',
  failures: 'Consecutive failures',
  failingSince: 'Failing since',
  createdAt: 'Created',
};

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
  const t = useT();
  const date = useFormatDate();
  const subscriptionLabels = useSubscriptionLabels(scopes);
  const columns = Object.fromEntries(Object.entries(COLUMNS).filter(([key]) => showToken || key !== 'token'));

  return (
    <DataTable
      columns={columns}
      prefix="hooks.subscriptions.column"
      withActions={actions !== undefined}
      rowCount={subscriptions.length}
    >
      {subscriptions.map((sub) => (
        <Tr key={sub.id}>
          {showToken && (
            <Td>
              <Link tag={NavLink} to={`/settings/${PLUGIN_ID}/${sub.tokenId}`}>
                {sub.tokenName ?? t('hooks.subscriptions.deletedToken', 'Deleted token #{id}', { id: sub.tokenId })}
              </Link>
            </Td>
          )}
          <TextCell>{subscriptionLabels.event(sub.event)}</TextCell>
          <TextCell>{subscriptionLabels.contentType(sub.contentType)}</TextCell>
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
          <TextCell>{date(sub.failingSince)}</TextCell>
          <TextCell>{date(sub.createdAt)}</TextCell>
          {actions && <Td>{actions(sub)}</Td>}
        </Tr>
      ))}
    </DataTable>
  );
};
