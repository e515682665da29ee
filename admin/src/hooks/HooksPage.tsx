import { Flex } from '@strapi/design-system';

import { DeliveriesPanel } from './DeliveriesPanel';
import { HeaderLinks } from '../guides/HeaderLinks';
import { PageLayout } from '../ui/PageLayout';
import { SubscriptionsPanel } from './SubscriptionsPanel';
import { TokenSelectFilter } from './TokenSelectFilter';
import { useHasDocumentationPlugin } from '../guides/useHasDocumentationPlugin';
import { useHooksPageParams } from './useHooksPageParams';
import { useT } from '../ui/useT';
import { useSettings } from '../queries/settings';
import { useTokens } from '../queries/tokens';

/** The token filter offers every token but archived ones, by name. */
const TOKEN_OPTIONS_QUERY = { sort: 'name:asc', page: 1, pageSize: 100 } as const;

export const HooksPage = () => {
  const t = useT();
  const params = useHooksPageParams();
  const tokens = useTokens(TOKEN_OPTIONS_QUERY);
  const settings = useSettings();
  const hasDocumentationPlugin = useHasDocumentationPlugin();

  return (
    <PageLayout
      title={t('hooks.page.title', 'Hooks & deliveries')}
      subtitle={t('hooks.page.subtitle', 'The REST hooks tokens subscribed, and every event sent to them.')}
      secondaryAction={<HeaderLinks settings={settings.data} hasDocumentationPlugin={hasDocumentationPlugin} />}
    >
      <Flex direction="column" alignItems="stretch" gap={6}>
        <SubscriptionsPanel
          query={params.hookQuery}
          onPageChange={params.setHooksPage}
          toolbar={
            <TokenSelectFilter
              tokens={tokens.data?.data ?? []}
              value={params.hookQuery.tokenId === undefined ? undefined : Number(params.hookQuery.tokenId)}
              onChange={params.setTokenId}
            />
          }
        />
        <DeliveriesPanel
          query={params.deliveryQuery}
          onStatusChange={params.setStatus}
          onPageChange={params.setDeliveriesPage}
        />
      </Flex>
    </PageLayout>
  );
};
