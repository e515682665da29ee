import { agentSetups, mcpUrlOf } from '../agentSetups';

const URL = 'https://cms.example.com/api/access-tokens/mcp';
const TOKEN = 'sat_abcdefghijklmnopqrstuvwxyz0123456789';

describe('agentSetups', () => {
  it('joins the backend URL and the endpoint path without a double slash', () => {
    expect(mcpUrlOf('https://cms.example.com/', '/api/access-tokens/mcp')).toBe(URL);
    expect(mcpUrlOf('https://example.com/cms', '/api/access-tokens/mcp')).toBe(
      'https://example.com/cms/api/access-tokens/mcp'
    );
  });

  it('writes the URL and the token into each client’s set-up, in its format', () => {
    const setups = agentSetups(URL, TOKEN);
    expect(setups['claude-code']).toBe(
      `claude mcp add --transport http strapi ${URL} --header "Authorization: Bearer ${TOKEN}"`
    );
    expect(JSON.parse(setups.cursor)).toEqual({
      mcpServers: { strapi: { url: URL, headers: { Authorization: `Bearer ${TOKEN}` } } },
    });
    expect(JSON.parse(setups.vscode)).toEqual({
      servers: { strapi: { type: 'http', url: URL, headers: { Authorization: `Bearer ${TOKEN}` } } },
    });
  });

  it('without the value, reads the token from where each client keeps secrets', () => {
    const setups = agentSetups(URL);
    expect(setups['claude-code']).toContain(`${URL} --header "Authorization: Bearer $STRAPI_TOKEN"`);
    expect(JSON.parse(setups.cursor).mcpServers.strapi.headers.Authorization).toBe('Bearer ${env:STRAPI_TOKEN}');
    const vscode = JSON.parse(setups.vscode);
    expect(vscode.servers.strapi).toMatchObject({
      url: URL,
      headers: { Authorization: 'Bearer ${input:strapi-token}' },
    });
    expect(vscode.inputs).toEqual([
      { type: 'promptString', id: 'strapi-token', description: 'Strapi access token', password: true },
    ]);
  });
});
