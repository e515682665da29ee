import * as React from 'react';
import { useIntl } from 'react-intl';

import { ListState, Section } from '../components/Section';
import { SubscriptionActions } from '../components/SubscriptionActions';
import { SubscriptionDialogs, type OpenSubscriptionDialog } from '../components/SubscriptionDialogs';
import { SubscriptionsTable } from '../components/SubscriptionsTable';
import { TablePagination } from '../components/TablePagination';
import { useHookSubscriptions } from '../hooks/useHookQueries';
import { useTokenPermissions } from '../hooks/useTokenPermissions';
import { useScopes } from '../hooks/useTokenQueries';
import { getTranslation } from '../utils/getTranslation';

import type { HookListQuery } from '../api/hooks';

interface SubscriptionsPanelProps {
  query: HookListQuery;
  onPageChange: (page: number) => void;
  /** Filters shown above the table. */
  toolbar?: React.ReactNode;
  /** Off on a token's own page. */
  showToken?: boolean;
  filtered?: boolean;
  subtitle?: string;
}

/** Loads a page of subscriptions and shows it, with its loading, error and empty states. */
export const SubscriptionsPanel = ({
  query,
  onPageChange,
  toolbar,
  showToken = true,
  filtered,
  subtitle,
}: SubscriptionsPanelProps) => {
  const { formatMessage } = useIntl();
  const t = (id: string, defaultMessage: string) => formatMessage({ id: getTranslation(id), defaultMessage });
  const subscriptions = useHookSubscriptions(query);
  const scopes = useScopes();
  const { canUpdate } = useTokenPermissions();
  const [dialog, setDialog] = React.useState<OpenSubscriptionDialog | null>(null);
  const rows = subscriptions.data?.data ?? [];
  const title = t('hooks.subscriptions.title', 'Hooks');

  return (
    <Section
      title={title}
      subtitle={subtitle ?? t('hooks.subscriptions.subtitle', 'The URLs tokens subscribed to content events.')}
    >
      {toolbar}
      <ListState
        isLoading={subscriptions.isLoading}
        isError={subscriptions.isError}
        isEmpty={rows.length === 0}
        loadingText={t('hooks.subscriptions.loading', 'Loading hooks…')}
        errorText={t('hooks.subscriptions.error', 'The hooks could not be loaded.')}
        emptyText={
          filtered
            ? t('hooks.subscriptions.emptyFiltered', 'This token has no hooks.')
            : t('hooks.subscriptions.empty', 'No hooks yet. Integrations subscribe through the content API.')
        }
      >
        <SubscriptionsTable
          subscriptions={rows}
          scopes={scopes.data ?? []}
          showToken={showToken}
          actions={
            canUpdate
              ? (subscription) => (
                  <SubscriptionActions subscription={subscription} onAction={(action) => setDialog({ action, subscription })} />
                )
              : undefined
          }
        />
        {subscriptions.data && (
          <TablePagination pagination={subscriptions.data.meta.pagination} onPageChange={onPageChange} label={title} />
        )}
      </ListState>
      <SubscriptionDialogs open={dialog} onClose={() => setDialog(null)} />
    </Section>
  );
};
