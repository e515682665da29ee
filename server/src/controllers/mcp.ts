import type { Core } from '@strapi/strapi';

import { createMcpEndpoint } from '../mcp/endpoint';
import type { Ctx } from '../utils/koa';

/** Content API: the MCP endpoint (server/src/mcp/), built once per Strapi. */
const createMcpController = ({ strapi }: { strapi: Core.Strapi }) => {
  const endpoint = createMcpEndpoint({ strapi });
  return {
    handle: (ctx: Ctx) => endpoint.handle(ctx),
    methodNotAllowed: async (ctx: Ctx) => endpoint.methodNotAllowed(ctx),
  };
};

export default createMcpController;
