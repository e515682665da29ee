import { Flex, Tabs, Typography } from '@strapi/design-system';

import { useT } from '../ui/useT';
import { AGENT_CLIENTS, TOKEN_VARIABLE, agentSetups, type AgentClient } from './agentSetups';
import { SetupSnippet } from './SetupSnippet';

/** Product names: not translated. */
const CLIENT_NAMES: Record<AgentClient, string> = { 'claude-code': 'Claude Code', cursor: 'Cursor', vscode: 'VS Code' };

export interface McpEndpoint {
  enabled: boolean;
  url: string;
}

interface ConnectAgentPanelProps {
  mcp: McpEndpoint;
  /** The token's value: known only in the show-once dialog. */
  token?: string;
}

/** "Connect an AI agent": each client's set-up for the MCP endpoint, or why there is none. */
export const ConnectAgentPanel = ({ mcp, token }: ConnectAgentPanelProps) => {
  const t = useT();

  if (!mcp.enabled) {
    return (
      <Typography textColor="neutral600" data-testid="mcp-disabled">
        {t(
          'mcp.connect.disabled',
          'The MCP endpoint is turned off in this app’s configuration (mcp.enabled: false): AI agents cannot connect with access tokens.'
        )}
      </Typography>
    );
  }

  const setups = agentSetups(mcp.url, token);
  const where: Record<AgentClient, string> = {
    'claude-code': t('mcp.connect.where.claudeCode', 'Run in a terminal:'),
    cursor: t('mcp.connect.where.cursor', 'In ~/.cursor/mcp.json (every project) or .cursor/mcp.json (one project):'),
    vscode: t('mcp.connect.where.vscode', 'In .vscode/mcp.json, or your user profile’s mcp.json:'),
  };

  return (
    <Flex direction="column" alignItems="stretch" gap={3}>
      <Typography>
        {t(
          'mcp.connect.intro',
          'An AI agent connects to {url} with this token and gets exactly the tools its permissions allow. Any MCP client that speaks Streamable HTTP works the same way.',
          { url: mcp.url }
        )}
      </Typography>
      <Tabs.Root defaultValue={AGENT_CLIENTS[0]} variant="simple">
        <Tabs.List aria-label={t('mcp.connect.clients', 'AI agents')}>
          {AGENT_CLIENTS.map((client) => (
            <Tabs.Trigger key={client} value={client}>
              {CLIENT_NAMES[client]}
            </Tabs.Trigger>
          ))}
        </Tabs.List>
        {AGENT_CLIENTS.map((client) => (
          <Tabs.Content key={client} value={client}>
            <SetupSnippet where={where[client]} snippet={setups[client]} testId={`mcp-setup-${client}`} />
          </Tabs.Content>
        ))}
      </Tabs.Root>
      <Typography variant="pi" textColor="neutral600">
        {token
          ? t('mcp.connect.withToken', 'These set-ups contain the token: keep them as private as the token itself.')
          : t(
              'mcp.connect.placeholder',
              'The token’s value is not shown here: it was shown once, when the token was created or regenerated. Put it in the {variable} environment variable before you run Claude Code or start Cursor; VS Code asks for it when it starts the server.',
              { variable: TOKEN_VARIABLE }
            )}
      </Typography>
    </Flex>
  );
};
