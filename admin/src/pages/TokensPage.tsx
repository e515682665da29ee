import * as React from 'react';
import { Box, Button, EmptyStateLayout, Flex } from '@strapi/design-system';
import { Plus } from '@strapi/icons';
import { EmptyDocuments } from '@strapi/icons/symbols';
import { Layouts, Page, Pagination } from '@strapi/strapi/admin';

import { HeaderLinks } from '../components/HeaderLinks';
import { TokenFilters } from '../components/TokenFilters';
import { TokensTable } from '../components/TokensTable';
import { useHasDocumentationPlugin } from '../hooks/useHasDocumentationPlugin';
import { useQuickTransitions } from '../hooks/useQuickTransitions';
import { useTokenListParams } from '../hooks/useTokenListParams';
import { useTokenPermissions } from '../hooks/useTokenPermissions';
import { useScopes, useSettings, useTokens } from '../hooks/useTokenQueries';
import { TokenDialogs, type DialogState } from '../components/TokenDialogs';
import { useT } from '../hooks/useT';

import type { TokenAction } from '../components/TokenRowActions';
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

  const rows = tokens.data?.data ?? [];
  const pagination = tokens.data?.meta.pagination;
  const createButton = permissions.canCreate ? (
    <Button startIcon={<Plus />} onClick={() => setDialog({ type: 'create' })}>
      {t('tokens.header.create', 'Create token')}
    </Button>
  ) : undefined;

  const renderList = () => {
    if (tokens.isLoading) return <Page.Loading />;
    if (tokens.isError) return <Page.Error />;
    if (rows.length === 0) {
      const filtered = Object.values(filters).some(Boolean);
      return (
        <EmptyStateLayout
          icon={<EmptyDocuments width="16rem" />}
          content={
            filtered
              ? t('tokens.list.emptyFiltered', 'No token matches these filters.')
              : t('tokens.list.empty', 'No tokens yet. Create one for each integration.')
          }
          action={filtered ? undefined : createButton}
        />
      );
    }
    return (
      <Flex direction="column" alignItems="stretch" gap={4}>
        <TokensTable
          tokens={rows}
          scopes={scopes.data ?? []}
          sort={query.sort ?? 'name:asc'}
          onSortChange={setSort}
          permissions={permissions}
          onAction={handleAction}
        />
        {pagination && (
          <Pagination.Root {...pagination} defaultPageSize={pagination.pageSize}>
            <Pagination.PageSize />
            <Pagination.Links />
          </Pagination.Root>
        )}
      </Flex>
    );
  };

  return (
    <Page.Main>
      <Page.Title>{t('tokens.page.title', 'Access Tokens')}</Page.Title>
      <Layouts.Header
        title={t('tokens.page.title', 'Access Tokens')}
        subtitle={t('tokens.page.subtitle', 'Tokens let external integrations call the content API.')}
        primaryAction={createButton}
        secondaryAction={<HeaderLinks settings={settings.data} hasDocumentationPlugin={hasDocumentationPlugin} />}
      />
      <Layouts.Content>
        <Box>
          <TokenFilters values={filters} scopes={scopes.data ?? []} onChange={setFilters} />
          {renderList()}
        </Box>
      </Layouts.Content>
      <TokenDialogs dialog={dialog} scopes={scopes.data ?? []} onChange={setDialog} />
    </Page.Main>
  );
};
