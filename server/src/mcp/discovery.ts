import type { Core } from '@strapi/strapi';

import { isPathOf } from '../lib/usage-surfaces';

import { getPluginConfig } from '../utils';
import type { Ctx } from '../utils/koa';
import { mcpPathOf } from '../utils/surface-paths';

type Next = () => Promise<unknown>;

const WELL_KNOWN = '/.well-known/oauth-protected-resource';

/** The origin clients reach the app at: `server.url` when it is absolute, else the request's own. */
const originOf = (strapi: Core.Strapi, ctx: Ctx) => {
  const configured = String(strapi.config.get('server.url', '') ?? '');
  return /^https?:\/\//.test(configured) ? new URL(configured).origin : ctx.origin;
};

/**
 * What MCP clients discover before they connect (RFC 9728, as the MCP authorization spec asks of a server that
 * authorizes): a 401 from the endpoint names its protected-resource metadata in `WWW-Authenticate`, and the
 * metadata says the resource takes Bearer tokens in the header. Our tokens are made in the admin, not through
 * OAuth, so it names no authorization server. With `mcp.enabled` off, both answer 404.
 */
export const registerMcpDiscovery = (strapi: Core.Strapi) => {
  const mcpPath = mcpPathOf(strapi);
  const metadataPath = `${WELL_KNOWN}${mcpPath}`;

  // Outermost (added in register): it sees the 401 Strapi's error handler answered, and answers 404 before auth.
  strapi.server.use(async (ctx: Ctx, next: Next) => {
    if (!isPathOf(ctx.path, mcpPath)) return next();
    if (!getPluginConfig(strapi).mcp.enabled) {
      ctx.status = 404;
      ctx.body = { data: null, error: { status: 404, name: 'NotFoundError', message: 'Not Found', details: {} } };
      return;
    }
    await next();
    if (ctx.status === 401)
      ctx.set('WWW-Authenticate', `Bearer resource_metadata="${originOf(strapi, ctx)}${metadataPath}"`);
  });

  if (!getPluginConfig(strapi).mcp.enabled) return;
  strapi.server.routes([
    {
      method: 'GET',
      path: metadataPath,
      handler: (ctx: Ctx) => {
        const origin = originOf(strapi, ctx);
        // Private: without an absolute `server.url`, the origin comes from the request's Host, which a shared cache
        // must not hand to other clients.
        ctx.set('Cache-Control', 'private, max-age=3600');
        ctx.body = {
          resource: `${origin}${mcpPath}`,
          bearer_methods_supported: ['header'],
          resource_name: `${String(strapi.config.get('info.name', 'Strapi'))} (access tokens)`,
        };
      },
      config: { auth: false },
    },
  ] as never);
};
