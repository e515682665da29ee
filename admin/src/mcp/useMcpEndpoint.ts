import { useSettings } from '../queries/settings';
import { mcpUrlOf } from './agentSetups';
import type { McpEndpoint } from './ConnectAgentPanel';

/** Strapi's public URL as the admin knows it (absolute; the page's origin when Strapi serves the admin itself). */
const backendUrl = () => (window as { strapi?: { backendURL?: string } }).strapi?.backendURL || window.location.origin;

/** The MCP endpoint as the server describes it; null until the settings have loaded (or when they could not). */
export const useMcpEndpoint = (): McpEndpoint | null => {
  const mcp = useSettings().data?.mcp;
  return mcp ? { enabled: mcp.enabled, url: mcpUrlOf(backendUrl(), mcp.path) } : null;
};
