import { Flex, Typography } from '@strapi/design-system';

import { Section } from '../ui/Section';
import { useT } from '../ui/useT';
import { ConnectAgentPanel, type McpEndpoint } from './ConnectAgentPanel';

import type { TokenStatus } from '../../../shared/contracts/tokens';

/** Statuses a token connects with: an agent set up now for a scheduled token connects once it starts. */
const CONNECTABLE: readonly TokenStatus[] = ['active', 'scheduled'];

interface ConnectAgentSectionProps {
  /** From useMcpEndpoint; null while the settings load. */
  mcp: McpEndpoint | null;
  status: TokenStatus;
}

/** The token page's block, without the token's value. Not shown for a token no agent can use any more. */
export const ConnectAgentSection = ({ mcp, status }: ConnectAgentSectionProps) => {
  const t = useT();
  if (!mcp || !CONNECTABLE.includes(status)) return null;
  return (
    <Section
      title={t('mcp.connect.title', 'Connect an AI agent')}
      subtitle={t('mcp.connect.subtitle', 'Claude Code, Cursor, VS Code or any MCP client, through this token.')}
    >
      <ConnectAgentPanel mcp={mcp} />
    </Section>
  );
};

/** The show-once dialog's part, with the token's value written into each set-up. */
export const ConnectAgentInDialog = ({ mcp, token }: { mcp: McpEndpoint | null; token: string }) => {
  const t = useT();
  if (!mcp) return null;
  return (
    <Flex direction="column" alignItems="stretch" gap={2} paddingTop={2}>
      <Typography variant="delta" tag="h3">
        {t('mcp.connect.title', 'Connect an AI agent')}
      </Typography>
      <ConnectAgentPanel mcp={mcp} token={token} />
    </Flex>
  );
};
