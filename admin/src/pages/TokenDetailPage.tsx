import * as React from 'react';
import { Box, Flex } from '@strapi/design-system';
import { BackButton, Layouts, Page } from '@strapi/strapi/admin';
import { useParams } from 'react-router-dom';

import { TokenHistory } from '../components/TokenHistory';
import { TokenSummary } from '../components/TokenSummary';
import { useAudit, useToken } from '../hooks/useTokenQueries';
import { SubscriptionsPanel } from '../components/SubscriptionsPanel';
import { useT } from '../hooks/useT';

export const TokenDetailPage = () => {
  const { id } = useParams<{ id: string }>();
  const t = useT();
  const token = useToken(id);
  const audit = useAudit({ tokenId: id ?? '', page: 1, pageSize: 50 });
  const [hooksPage, setHooksPage] = React.useState(1);

  if (token.isLoading) return <Page.Loading />;
  if (token.isError || !token.data) return <Page.Error />;

  return (
    <Page.Main>
      <Page.Title>{token.data.name}</Page.Title>
      <Layouts.Header navigationAction={<BackButton fallback=".." />} title={token.data.name} />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={6}>
          <Box background="neutral0" padding={6} shadow="filterShadow" hasRadius>
            <TokenSummary token={token.data} />
          </Box>
          <SubscriptionsPanel
            query={{ tokenId: token.data.id, page: hooksPage, pageSize: 10 }}
            onPageChange={setHooksPage}
            showToken={false}
            filtered
            subtitle={t('hooks.subscriptions.subtitle.token', 'The URLs this token subscribed to content events.')}
          />
          <TokenHistory entries={audit.data?.data ?? []} isLoading={audit.isLoading} isError={audit.isError} />
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
};
