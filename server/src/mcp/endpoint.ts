import {
  NodeStreamableHTTPServerTransport,
  toNodeHandler,
  toWebRequest,
  type NodeIncomingMessageLike,
} from '@modelcontextprotocol/node';
import { createMcpHandler, isLegacyRequest, type AuthInfo } from '@modelcontextprotocol/server';
import type { Core } from '@strapi/strapi';

import type { AuthenticatedToken } from '../services/authenticator';
import type { Ctx } from '../utils/koa';
import { createArgumentSchemas } from './argument-schemas';
import { createServerFactory } from './server';

/** AuthInfo must expire: a token without an end gets one no request will reach. */
const NEVER = Date.UTC(9999, 11, 31) / 1000;

/** What the SDK hands our server factory: the token itself, which a token string would only have to find again. */
const authInfoOf = (token: AuthenticatedToken): AuthInfo => ({
  token: `${token.keyPrefix}…${token.keyLastFour}`,
  clientId: String(token.id),
  scopes: token.scopes ?? [],
  expiresAt: token.validTo ? Math.floor(new Date(token.validTo).getTime() / 1000) : NEVER,
  extra: { token },
});

const tokenOf = (authInfo: AuthInfo | undefined) => authInfo?.extra?.token as AuthenticatedToken;

/** A JSON-RPC error written straight to the socket (the SDK answers every other case itself). */
const sendJsonRpcError = (res: Ctx['res'], status: number, code: number, message: string) => {
  if (res.headersSent) return void res.end();
  res.writeHead(status, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify({ jsonrpc: '2.0', error: { code, message }, id: null }));
};

/**
 * POST /api/access-tokens/mcp, stateless: each request is authenticated by the route (our tokens only, with the
 * throttle, rate limit and usage counting of any content-API request), then served by a server built for its
 * token and thrown away. 2026-07-28 requests (a per-request `_meta` envelope) go to the SDK's handler; 2025-era ones
 * (initialize, then calls without a session) to a stateless Streamable HTTP transport answering JSON. As Strapi's
 * own /mcp does, the SDK writes the response itself: Koa's response phase is off.
 */
export const createMcpEndpoint = ({ strapi }: { strapi: Core.Strapi }) => {
  const serverFor = createServerFactory({ strapi, schemas: createArgumentSchemas() });
  const onerror = (error: Error) => strapi.log.debug(`[access-tokens] MCP: ${error.message}`);
  // 'auto' answers JSON unless a tool emits messages before its result, which ours never do.
  const modern = toNodeHandler(
    createMcpHandler(({ authInfo }) => serverFor(tokenOf(authInfo)), { legacy: 'reject', onerror }),
    { onerror }
  );

  const serveLegacy = async (ctx: Ctx, token: AuthenticatedToken, body: unknown) => {
    const server = await serverFor(token);
    const transport = new NodeStreamableHTTPServerTransport({
      sessionIdGenerator: undefined,
      enableJsonResponse: true,
    });
    try {
      await server.connect(transport);
      await transport.handleRequest(ctx.req, ctx.res, body);
    } finally {
      await server.close();
    }
  };

  return {
    async handle(ctx: Ctx) {
      const token = ctx.state.auth.credentials as AuthenticatedToken;
      const body = (ctx.request as { body?: unknown }).body;
      ctx.respond = false;
      const req = Object.assign(ctx.req, { auth: authInfoOf(token) });
      try {
        const request = await toWebRequest(req as NodeIncomingMessageLike, body);
        if (await isLegacyRequest(request, body)) await serveLegacy(ctx, token, body);
        else await modern(req as NodeIncomingMessageLike, ctx.res, body);
      } catch (error) {
        strapi.log.error(`[access-tokens] MCP request failed: ${(error as Error).message}`);
        sendJsonRpcError(ctx.res, 500, -32603, 'Internal error');
      }
    },

    /** GET and DELETE: a stateless server has no stream to open and no session to end. */
    methodNotAllowed(ctx: Ctx) {
      ctx.set('Allow', 'POST');
      ctx.status = 405;
      ctx.body = { jsonrpc: '2.0', error: { code: -32000, message: 'Method not allowed: use POST' }, id: null };
    },
  };
};

export type McpEndpoint = ReturnType<typeof createMcpEndpoint>;
