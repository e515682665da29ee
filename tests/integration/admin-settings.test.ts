import { settingsResponse } from '../../shared/contracts/settings';
import { useApp } from './helpers/setup';

/** GET /access-tokens/settings: what the Settings page needs to offer the MCP set-ups, in the contract's shape. */
describe('admin settings: the MCP endpoint', () => {
  const suite = useApp();

  it('says MCP is on, and where it is, in the shape of the contract', async () => {
    const res = await suite.adminApi.get('/access-tokens/settings');
    expect(res.status).toBe(200);
    expect(settingsResponse.parse(res.body).data.mcp).toEqual({ enabled: true, path: '/api/access-tokens/mcp' });
  });
});

describe('admin settings: the MCP endpoint turned off', () => {
  const suite = useApp({ ACCESS_TOKENS_MCP_ENABLED: 'false' });

  it('says MCP is off', async () => {
    const res = await suite.adminApi.get('/access-tokens/settings');
    expect(settingsResponse.parse(res.body).data.mcp.enabled).toBe(false);
  });
});
