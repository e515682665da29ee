import { bearer } from '../helpers/http';
import { useApp } from '../helpers/setup';
import { createBuiltInApiToken, registerUser } from '../helpers/strapi-credentials';
import { createToken } from '../helpers/tokens';
import { connect, MCP_PATH } from './clients';

const METADATA_PATH = `/.well-known/oauth-protected-resource${MCP_PATH}`;
const JSON_RPC = { 'Content-Type': 'application/json', Accept: 'application/json, text/event-stream' };
const initialize = {
  jsonrpc: '2.0',
  id: 1,
  method: 'initialize',
  params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'raw', version: '1' } },
};

/** The HTTP face of POST /api/access-tokens/mcp: who gets in, what clients discover, and malformed requests. */
describe('the MCP endpoint over HTTP', () => {
  const suite = useApp({ ACCESS_TOKENS_THROTTLE_MAX_FAILURES: '1000' });
  const post = (body: unknown, headers: Record<string, string> = {}) =>
    suite.http.post(MCP_PATH, body, { ...JSON_RPC, ...headers });

  it('answers 401 without a token, naming the protected-resource metadata', async () => {
    const response = await post(initialize);
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe(
      `Bearer resource_metadata="${suite.app.url}${METADATA_PATH}"`
    );
  });

  it('serves RFC 9728 metadata for the endpoint', async () => {
    const response = await suite.http.get(METADATA_PATH);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      resource: `${suite.app.url}${MCP_PATH}`,
      bearer_methods_supported: ['header'],
      resource_name: expect.any(String),
    });
  });

  it('refuses Strapi’s own API tokens and users-permissions JWTs', async () => {
    const builtIn = await createBuiltInApiToken(suite, 'mcp built-in', 'full-access');
    expect((await post(initialize, bearer(builtIn))).status).toBe(401);
    const { body } = await registerUser(suite, 'mcpagent');
    expect((await post(initialize, bearer(body.jwt))).status).toBe(401);
  });

  it('answers GET, DELETE, PUT and PATCH with 405', async () => {
    const { value } = await createToken(suite, { name: 'mcp methods', accessLevel: 'read-only' });
    for (const method of ['GET', 'DELETE', 'PUT', 'PATCH']) {
      const response = await suite.http.send(method, MCP_PATH, undefined, bearer(value));
      expect(response.status).toBe(405);
      expect(response.headers.get('allow')).toBe('POST');
      expect(response.body).toMatchObject({ jsonrpc: '2.0', error: { code: expect.any(Number) } });
    }
  });

  it('answers JSON, stateless: no session id', async () => {
    const { value } = await createToken(suite, { name: 'mcp json', accessLevel: 'read-only' });
    const response = await post(initialize, bearer(value));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.headers.get('mcp-session-id')).toBeNull();
    expect(response.body).toMatchObject({ jsonrpc: '2.0', id: 1, result: { protocolVersion: '2025-06-18' } });
  });

  it('answers malformed JSON-RPC with a JSON-RPC error and a 4xx, never a 5xx', async () => {
    const { value } = await createToken(suite, { name: 'mcp malformed', accessLevel: 'read-only' });
    for (const body of [{ hello: 'world' }, { jsonrpc: '2.0', id: 1 }, [], { jsonrpc: '1.0', id: 1, method: 'x' }]) {
      const response = await post(body, bearer(value));
      expect({ body, status: response.status }).toEqual({ body, status: expect.any(Number) });
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
      expect(response.body).toMatchObject({ jsonrpc: '2.0', error: { code: expect.any(Number) } });
    }
  });

  it('answers unparsable JSON with a JSON-RPC parse error and a 400, logging no error', async () => {
    const { value } = await createToken(suite, { name: 'mcp unparsable', accessLevel: 'read-only' });
    const raw = (body: string) =>
      fetch(`${suite.app.url}${MCP_PATH}`, { method: 'POST', headers: { ...JSON_RPC, ...bearer(value) }, body });
    const logged = jest.spyOn(suite.app.strapi.log, 'error').mockImplementation(() => suite.app.strapi.log);
    try {
      const unparsable = await raw('{"jsonrpc": "2.0", ');
      expect(unparsable.status).toBe(400);
      expect(await unparsable.json()).toEqual({
        jsonrpc: '2.0',
        error: { code: -32700, message: expect.stringMatching(/^Parse error/) },
        id: null,
      });
      const tooLarge = await raw(JSON.stringify({ ...initialize, padding: 'x'.repeat(2 * 1024 * 1024) }));
      expect(tooLarge.status).toBe(413);
      expect(await tooLarge.json()).toMatchObject({ jsonrpc: '2.0', error: { code: -32600 }, id: null });
      expect(logged).not.toHaveBeenCalled();

      // Other paths keep Strapi's own answer, which logs the body as an internal error.
      const rest = await fetch(`${suite.app.url}/api/articles`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...bearer(value) },
        body: '{"data": ',
      });
      expect(((await rest.json()) as { error?: unknown }).error).toMatchObject({ status: expect.any(Number) });
      expect(logged).toHaveBeenCalled();
    } finally {
      logged.mockRestore();
    }
  });

  it('refuses a token revoked mid-session on its next request', async () => {
    const { id, value } = await createToken(suite, { name: 'mcp revoked', accessLevel: 'read-only' });
    const connection = await connect(suite.app.url, value, 'v2 (2026-07-28)');
    try {
      expect((await connection.callTool('whoami')).isError).toBeFalsy();
      expect((await suite.adminApi.post(`/access-tokens/tokens/${id}/revoke`, {})).status).toBe(200);
      await expect(connection.callTool('whoami')).rejects.toThrow(/401|Unauthorized/i);
    } finally {
      await connection.close().catch(() => undefined);
    }
  });

  it('counts each request against the token’s rate limit', async () => {
    const { value } = await createToken(suite, {
      name: 'mcp limited',
      accessLevel: 'read-only',
      rateLimit: { limit: 3, windowSeconds: 60 },
    });
    const statuses: number[] = [];
    for (let i = 0; i < 4; i += 1) statuses.push((await post(initialize, bearer(value))).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
  });
});
