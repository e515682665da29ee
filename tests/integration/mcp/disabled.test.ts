import { bearer } from '../helpers/http';
import { useApp } from '../helpers/setup';
import { createToken } from '../helpers/tokens';
import { MCP_PATH } from './clients';

/** `mcp.enabled: false`: the endpoint and its metadata are not there, whoever asks. */
describe('the MCP endpoint turned off', () => {
  const suite = useApp({ ACCESS_TOKENS_MCP_ENABLED: 'false' });

  it('answers 404, with or without a token, and serves no metadata', async () => {
    const { value } = await createToken(suite, { name: 'mcp off', accessLevel: 'read-write' });
    expect((await suite.http.post(MCP_PATH, { jsonrpc: '2.0', id: 1, method: 'ping' })).status).toBe(404);
    expect((await suite.http.post(MCP_PATH, { jsonrpc: '2.0', id: 1, method: 'ping' }, bearer(value))).status).toBe(
      404
    );
    expect((await suite.http.get(`/.well-known/oauth-protected-resource${MCP_PATH}`)).status).toBe(404);
  });

  it('answers 404 to the path as Strapi’s router also matches it: another case, a trailing slash', async () => {
    const { value } = await createToken(suite, { name: 'mcp off, other path', accessLevel: 'read-write' });
    for (const path of [`${MCP_PATH}/`, MCP_PATH.toUpperCase()]) {
      const response = await suite.http.post(path, { jsonrpc: '2.0', id: 1, method: 'ping' }, bearer(value));
      expect(response.status).toBe(404);
    }
  });
});
