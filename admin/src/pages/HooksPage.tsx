import { Flex } from '@strapi/design-system';
import { Layouts, Page } from '@strapi/strapi/admin';

import { HeaderLinks } from '../components/HeaderLinks';
import { TokenSelectFilter } from '../components/TokenSelectFilter';
import { useHasDocumentationPlugin } from '../hooks/useHasDocumentationPlugin';
import { useHooksPageParams } from '../hooks/useHooksPageParams';
import { useSettings, useTokens } from '../hooks/useTokenQueries';
import { DeliveriesPanel } from '../components/DeliveriesPanel';
import { SubscriptionsPanel } from '../components/SubscriptionsPanel';
import { useT } from '../hooks/useT';

/** The token filter offers every token but archived ones, by name. */
const TOKEN_OPTIONS_QUERY = { sort: 'name:asc', page: 1, pageSize: 100 } as const;

export const HooksPage = () => {
  const t = useT();
  const params = useHooksPageParams();
  const tokens = useTokens(TOKEN_OPTIONS_QUERY);
  const settings = useSettings();
  const hasDocumentationPlugin = useHasDocumentationPlugin();
  const title = t('hooks.page.title', 'Hooks & deliveries');

  return (
    <Page.Main>
      <Page.Title>{title}</Page.Title>
      <Layouts.Header
        title={title}
        subtitle={t('hooks.page.subtitle', 'The REST hooks tokens subscribed, and every event sent to them.')}
        secondaryAction={<HeaderLinks settings={settings.data} hasDocumentationPlugin={hasDocumentationPlugin} />}
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={6}>
          <SubscriptionsPanel
            query={params.hookQuery}
            onPageChange={params.setHooksPage}
            filtered={params.hookQuery.tokenId !== undefined}
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
      </Layouts.Content>
    </Page.Main>
  );
};
