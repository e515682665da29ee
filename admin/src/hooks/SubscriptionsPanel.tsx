import * as React from 'react';

import { PagedSection } from '../ui/PagedList';
import { SubscriptionActions } from './SubscriptionActions';
import { SubscriptionDialogs, type OpenSubscriptionDialog } from './SubscriptionDialogs';
import { SubscriptionsTable } from './SubscriptionsTable';
import { useHookSubscriptions } from '../queries/hooks';
import { useTokenPermissions } from '../queries/useTokenPermissions';
import { useScopes } from '../queries/tokens';
import { useT } from '../ui/useT';

import type { HookListQuery } from '../api/hooks';

interface SubscriptionsPanelProps {
  query: HookListQuery;
  onPageChange: (page: number) => void;
  /** Filters shown above the table. */
  toolbar?: React.ReactNode;
  /** Off on a token's own page. */
  showToken?: boolean;
  subtitle?: string;
}

/** Loads a page of subscriptions (every token's, or one token's) and shows it, with the actions this admin may take. */
export const SubscriptionsPanel = ({
  query,
  onPageChange,
  toolbar,
  showToken = true,
  subtitle,
}: SubscriptionsPanelProps) => {
  const t = useT();
  const subscriptions = useHookSubscriptions(query);
  const scopes = useScopes();
  const { canCreate, canUpdate, canDelete } = useTokenPermissions();
  // Rotating hands out a signing secret, so it needs create as well (as regenerating a token does).
  const allowed = [
    ...(canUpdate && canCreate ? (['rotate'] as const) : []),
    ...(canUpdate ? (['replay'] as const) : []),
    ...(canDelete ? (['remove'] as const) : []),
  ];
  const [dialog, setDialog] = React.useState<OpenSubscriptionDialog | null>(null);

  return (
    <>
      <PagedSection
        title={t('hooks.subscriptions.title', 'Hooks')}
        subtitle={subtitle ?? t('hooks.subscriptions.subtitle', 'The URLs tokens subscribed to content events.')}
        toolbar={toolbar}
        list={subscriptions}
        onPageChange={onPageChange}
        loadingText={t('hooks.subscriptions.loading', 'Loading hooks…')}
        errorText={t('hooks.subscriptions.error', 'The hooks could not be loaded.')}
        empty={
          query.tokenId !== undefined
            ? t('hooks.subscriptions.emptyFiltered', 'This token has no hooks.')
            : t('hooks.subscriptions.empty', 'No hooks yet. Integrations subscribe through the content API.')
        }
      >
        {(rows) => (
          <SubscriptionsTable
            subscriptions={rows}
            scopes={scopes.data ?? []}
            showToken={showToken}
            actions={
              allowed.length > 0
                ? (subscription) => (
                    <SubscriptionActions
                      subscription={subscription}
                      allowed={allowed}
                      onAction={(action) => setDialog({ action, subscription })}
                    />
                  )
                : undefined
            }
          />
        )}
      </PagedSection>
      <SubscriptionDialogs open={dialog} onClose={() => setDialog(null)} />
    </>
  );
};
