/**
 * The set-ups that connect an AI agent to the plugin's MCP endpoint, as each client wants them. With the token's
 * value (the show-once dialog) it is written in; without it (the token page, where the value is never known) each
 * set-up reads it from where that client keeps secrets: the shell, Cursor's environment, VS Code's prompt.
 */

export const AGENT_CLIENTS = ['claude-code', 'cursor', 'vscode'] as const;
export type AgentClient = (typeof AGENT_CLIENTS)[number];

/** The name the agent knows the server by. */
const SERVER_NAME = 'strapi';
/** The environment variable the set-ups without a value read the token from. */
export const TOKEN_VARIABLE = 'STRAPI_TOKEN';
const VSCODE_INPUT = 'strapi-token';

/** The endpoint's URL: the admin's backend URL (Strapi's public URL) and the path the server answers at. */
export const mcpUrlOf = (backendUrl: string, path: string) => `${backendUrl.replace(/\/+$/, '')}${path}`;

const json = (value: unknown) => JSON.stringify(value, null, 2);

const claudeCode = (url: string, token: string) =>
  `claude mcp add --transport http ${SERVER_NAME} ${url} --header "Authorization: Bearer ${token}"`;

const cursor = (url: string, token: string) =>
  json({ mcpServers: { [SERVER_NAME]: { url, headers: { Authorization: `Bearer ${token}` } } } });

const vscode = (url: string, token: string | undefined) => {
  const server = { type: 'http', url, headers: { Authorization: `Bearer ${token ?? `\${input:${VSCODE_INPUT}}`}` } };
  if (token) return json({ servers: { [SERVER_NAME]: server } });
  const input = { type: 'promptString', id: VSCODE_INPUT, description: 'Strapi access token', password: true };
  return json({ inputs: [input], servers: { [SERVER_NAME]: server } });
};

/** Each client's set-up for `url`, with `token` written in when given. */
export const agentSetups = (url: string, token?: string): Record<AgentClient, string> => ({
  'claude-code': claudeCode(url, token ?? `$${TOKEN_VARIABLE}`),
  cursor: cursor(url, token ?? `\${env:${TOKEN_VARIABLE}}`),
  vscode: vscode(url, token),
});
