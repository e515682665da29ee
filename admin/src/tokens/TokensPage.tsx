import * as React from 'react';
import { Box, Button, EmptyStateLayout } from '@strapi/design-system';
import { Plus } from '@strapi/icons';
import { EmptyDocuments } from '@strapi/icons/symbols';
import { Pagination } from '@strapi/strapi/admin';

import { HeaderLinks } from '../guides/HeaderLinks';
import { PageLayout } from '../ui/PageLayout';
import { PagedList } from '../ui/PagedList';
import { TokenDialogs, type DialogState } from './TokenDialogs';
import { TokenFilters } from './TokenFilters';
import { TokensTable } from './TokensTable';
import { useHasDocumentationPlugin } from '../guides/useHasDocumentationPlugin';
import { useQuickTransitions } from './useQuickTransitions';
import { useT } from '../ui/useT';
import { useTokenListParams } from './useTokenListParams';
import { useTokenPermissions } from '../queries/useTokenPermissions';
import { useSettings } from '../queries/settings';
import { useScopes, useTokens } from '../queries/tokens';

import type { TokenAction } from './TokenRowActions';
import type { AccessToken } from '../../../shared/contracts/tokens';

export const TokensPage = () => {
  const t = useT();
  const { query, filters, setFilters, setSort } = useTokenListParams();
  const tokens = useTokens(query);
  const scopes = useScopes();
  const settings = useSettings();
  const hasDocumentationPlugin = useHasDocumentationPlugin();
  const permissions = useTokenPermissions();
  const quickTransition = useQuickTransitions();
  const [dialog, setDialog] = React.useState<DialogState>(null);

  const handleAction = (action: TokenAction, token: AccessToken) => {
    if (action === 'archive' || action === 'restore') void quickTransition(token, action);
    else setDialog({ type: action, token });
  };

  const filtered = Object.values(filters).some(Boolean);
  const createButton = permissions.canCreate ? (
    <Button startIcon={<Plus />} onClick={() => setDialog({ type: 'create' })}>
      {t('tokens.header.create', 'Create token')}
    </Button>
  ) : undefined;

  return (
    <PageLayout
      title={t('tokens.page.title', 'Access Tokens')}
      subtitle={t('tokens.page.subtitle', 'Tokens let external integrations call the content API.')}
      primaryAction={createButton}
      secondaryAction={<HeaderLinks settings={settings.data} hasDocumentationPlugin={hasDocumentationPlugin} />}
    >
      <Box>
        <TokenFilters values={filters} scopes={scopes.data ?? []} onChange={setFilters} />
        <PagedList
          list={tokens}
          loadingText={t('tokens.list.loading', 'Loading tokens…')}
          errorText={t('tokens.list.error', 'The tokens could not be loaded.')}
          empty={
            <EmptyStateLayout
              icon={<EmptyDocuments width="16rem" />}
              content={
                filtered
                  ? t('tokens.list.emptyFiltered', 'No token matches these filters.')
                  : t('tokens.list.empty', 'No tokens yet. Create one for each integration.')
              }
              action={filtered ? undefined : createButton}
            />
          }
          footer={(pagination) => (
            // The admin's own pagination: the list is the page's only one, so it may keep `page` and `pageSize` in the URL.
            <Pagination.Root {...pagination} defaultPageSize={pagination.pageSize}>
              <Pagination.PageSize />
              <Pagination.Links />
            </Pagination.Root>
          )}
        >
          {(rows) => (
            <TokensTable
              tokens={rows}
              sort={query.sort ?? 'name:asc'}
              onSortChange={setSort}
              permissions={permissions}
              onAction={handleAction}
            />
          )}
        </PagedList>
      </Box>
      <TokenDialogs dialog={dialog} scopes={scopes.data ?? []} onChange={setDialog} />
    </PageLayout>
  );
};
