import { Client, StreamableHTTPClientTransport } from '@modelcontextprotocol/client';
import { Client as V1Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport as V1Transport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';

/**
 * The official clients an agent connects with: the v2 SDK speaking the 2026-07-28 protocol (pinned), the v2 SDK
 * in its default 2025 handshake, and the v1 SDK (2025-era `initialize`).
 */
export const CLIENT_KINDS = ['v2 (2026-07-28)', 'v2 (2025 handshake)', 'v1'] as const;
export type ClientKind = (typeof CLIENT_KINDS)[number];

export interface ToolDescription {
  name: string;
  inputSchema: Record<string, any>;
  outputSchema?: Record<string, any>;
  annotations?: Record<string, unknown>;
}

export interface ToolCallResult {
  isError?: boolean;
  content: { type: string; text?: string }[];
  structuredContent?: Record<string, any>;
}

export interface McpConnection {
  protocolVersion: string | undefined;
  listTools(): Promise<ToolDescription[]>;
  callTool(name: string, args?: Record<string, unknown>): Promise<ToolCallResult>;
  close(): Promise<void>;
}

export const MCP_PATH = '/api/access-tokens/mcp';

const headersFor = (token: string) => ({ requestInit: { headers: { Authorization: `Bearer ${token}` } } });

/** Connects one kind of client to the app's MCP endpoint with a token. */
export const connect = async (baseUrl: string, token: string, kind: ClientKind): Promise<McpConnection> => {
  const url = new URL(MCP_PATH, baseUrl);
  const info = { name: 'access-tokens-tests', version: '1.0.0' };
  if (kind === 'v1') {
    const client = new V1Client(info);
    await client.connect(new V1Transport(url, headersFor(token)));
    return {
      protocolVersion: (client as any).transport?.protocolVersion,
      listTools: async () => (await client.listTools()).tools as ToolDescription[],
      callTool: async (name, args = {}) => (await client.callTool({ name, arguments: args })) as ToolCallResult,
      close: () => client.close(),
    };
  }
  const client = new Client(info, {
    ...(kind === 'v2 (2026-07-28)' ? { versionNegotiation: { mode: { pin: '2026-07-28' } } } : {}),
  });
  await client.connect(new StreamableHTTPClientTransport(url, headersFor(token)));
  return {
    protocolVersion: (client as any).getNegotiatedProtocolVersion?.(),
    listTools: async () => (await client.listTools()).tools as ToolDescription[],
    callTool: async (name, args = {}) => (await client.callTool({ name, arguments: args })) as ToolCallResult,
    close: () => client.close(),
  };
};

/** The names of the tools a connection sees, sorted. */
export const toolNames = async (connection: McpConnection) =>
  (await connection.listTools()).map((tool) => tool.name).sort();
