import * as React from 'react';
import { Box, Flex } from '@strapi/design-system';
import { Page } from '@strapi/strapi/admin';
import { useParams } from 'react-router-dom';

import { PageLayout } from '../ui/PageLayout';
import { SubscriptionsPanel } from '../hooks/SubscriptionsPanel';
import { TokenHistory } from '../audit/TokenHistory';
import { ConnectAgentSection } from '../mcp/ConnectAgent';
import { useMcpEndpoint } from '../mcp/useMcpEndpoint';
import { TokenSummary } from './TokenSummary';
import { PermissionsView } from './permissions/PermissionsView';
import { UsagePanel } from '../usage/UsagePanel';
import { useT } from '../ui/useT';
import { useAudit } from '../queries/audit';
import { useToken } from '../queries/tokens';
import { usePermissionSubjects } from '../queries/permissions';

export const TokenDetailPage = () => {
  const { id } = useParams<{ id: string }>();
  const t = useT();
  const token = useToken(id);
  const mcp = useMcpEndpoint();
  const audit = useAudit({ tokenId: id ?? '', page: 1, pageSize: 50 });
  const [hooksPage, setHooksPage] = React.useState(1);
  const permissions = token.data?.accessLevel === 'custom' ? token.data.permissions : null;
  const subjects = usePermissionSubjects({ enabled: Boolean(permissions) });

  if (token.isLoading) return <Page.Loading />;
  if (token.isError || !token.data) return <Page.Error />;

  return (
    <PageLayout title={token.data.name} back>
      <Flex direction="column" alignItems="stretch" gap={6}>
        <Box background="neutral0" padding={6} shadow="filterShadow" hasRadius>
          <TokenSummary token={token.data} />
        </Box>
        {permissions && <PermissionsView permissions={permissions} subjects={subjects.data} />}
        <ConnectAgentSection mcp={mcp} status={token.data.status} />
        <UsagePanel tokenId={token.data.id} />
        <SubscriptionsPanel
          query={{ tokenId: token.data.id, page: hooksPage, pageSize: 10 }}
          onPageChange={setHooksPage}
          showToken={false}
          subtitle={t('hooks.subscriptions.subtitle.token', 'The URLs this token subscribed to content events.')}
        />
        <TokenHistory entries={audit.data?.data ?? []} isLoading={audit.isLoading} isError={audit.isError} />
      </Flex>
    </PageLayout>
  );
};
