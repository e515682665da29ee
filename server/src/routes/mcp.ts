import { STRATEGY_NAME } from '../lib/route-scopes';

/**
 * The MCP endpoint, /api/access-tokens/mcp: JSON-RPC over HTTP, not a REST resource, so a router of its own, out of
 * the plugin's OpenAPI document. Only our tokens reach it; GET, DELETE, PUT and PATCH answer 405 to anyone, as Strapi's own /mcp does.
 */
export default {
  type: 'content-api',
  routes: [
    { method: 'POST', path: '/mcp', handler: 'mcp.handle', config: { auth: { strategies: [STRATEGY_NAME] } } },
    ...['GET', 'DELETE', 'PUT', 'PATCH'].map((method) => ({
      method,
      path: '/mcp',
      handler: 'mcp.methodNotAllowed',
      config: { auth: false },
    })),
  ],
};
