import {
  NodeStreamableHTTPServerTransport,
  toNodeHandler,
  type NodeIncomingMessageLike,
} from '@modelcontextprotocol/node';
import {
  PROTOCOL_VERSION_META_KEY,
  classifyInboundRequest,
  createMcpHandler,
  type AuthInfo,
} from '@modelcontextprotocol/server';
import type { Core } from '@strapi/strapi';

import { isRecord } from '../lib/records';
import type { AuthenticatedToken } from '../services/authenticator';
import type { Ctx } from '../utils/koa';
import { createArgumentSchemas } from './argument-schemas';
import { createServerFactory } from './server';

/** AuthInfo must expire: a token without an end gets one no request will reach. */
const NEVER = Date.UTC(9999, 11, 31) / 1000;

/**
 * What the SDK hands our server factory: the token itself, which a token string would only have to find again, and
 * the tool a `tools/call` names (the only one its server needs).
 */
const authInfoOf = (token: AuthenticatedToken, calledTool: string | undefined): AuthInfo => ({
  token: `${token.keyPrefix}…${token.keyLastFour}`,
  clientId: String(token.id),
  scopes: token.scopes ?? [],
  expiresAt: token.validTo ? Math.floor(new Date(token.validTo).getTime() / 1000) : NEVER,
  extra: { token, calledTool },
});

const tokenOf = (authInfo: AuthInfo | undefined) => authInfo?.extra?.token as AuthenticatedToken;
const calledToolOf = (authInfo: AuthInfo | undefined) => authInfo?.extra?.calledTool as string | undefined;

/** The tool a single JSON-RPC `tools/call` names; undefined for anything else (other methods, batches). */
const calledToolIn = (body: unknown): string | undefined => {
  const message = body as { method?: unknown; params?: { name?: unknown } } | undefined;
  const name = message?.method === 'tools/call' ? message.params?.name : undefined;
  return typeof name === 'string' ? name : undefined;
};

/**
 * The common 2026-07-28 case, decided without the classifier's schema checks: a message (not `initialize`, which
 * may be a 2025 handshake) whose `_meta` claims the per-request envelope is never 2025-era, valid or not (an
 * invalid one is the modern handler's to refuse), as the SDK's classifier rules.
 */
const claimsEnvelope = (body: unknown) => {
  if (!isRecord(body) || typeof body.method !== 'string' || body.method === 'initialize') return false;
  const meta = isRecord(body.params) ? body.params._meta : undefined;
  return isRecord(meta) && PROTOCOL_VERSION_META_KEY in meta;
};

/**
 * 2025-era or 2026-07-28 traffic, decided as the SDK's `isLegacyRequest` decides with a parsed body (no body is
 * 2025-era; else `classifyInboundRequest`), without building a web Request only to read three headers from it.
 */
const isLegacy = (ctx: Ctx, body: unknown) =>
  body === undefined ||
  (!claimsEnvelope(body) &&
    classifyInboundRequest({
      httpMethod: 'POST',
      protocolVersionHeader: ctx.get('mcp-protocol-version') || undefined,
      mcpMethodHeader: ctx.get('mcp-method') || undefined,
      mcpNameHeader: ctx.get('mcp-name') || undefined,
      body,
    }).kind === 'legacy');

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
    createMcpHandler(({ authInfo }) => serverFor(tokenOf(authInfo), calledToolOf(authInfo)), {
      legacy: 'reject',
      onerror,
    }),
    { onerror }
  );

  const serveLegacy = async (ctx: Ctx, token: AuthenticatedToken, calledTool: string | undefined, body: unknown) => {
    const server = await serverFor(token, calledTool);
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
      const calledTool = calledToolIn(body);
      ctx.respond = false;
      const req = Object.assign(ctx.req, { auth: authInfoOf(token, calledTool) });
      try {
        if (isLegacy(ctx, body)) await serveLegacy(ctx, token, calledTool, body);
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
