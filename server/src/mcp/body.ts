import type { Core } from '@strapi/strapi';

import { isPathOf } from '../lib/usage-surfaces';

import type { Ctx } from '../utils/koa';
import { mcpPathOf } from '../utils/surface-paths';

type Next = () => Promise<unknown>;
type Middleware = (ctx: Ctx, next: Next) => Promise<unknown>;
type MiddlewareFactory = (config: unknown, deps: { strapi: Core.Strapi }) => Middleware;

interface BodyError {
  status?: number;
  statusCode?: number;
  message?: string;
}

const statusOf = (error: unknown) => {
  const { status, statusCode } = (error ?? {}) as BodyError;
  return Number(status ?? statusCode ?? 500);
};

/**
 * Strapi's body parser (`strapi::body`), wrapped for the MCP endpoint only: the app's own body settings still parse
 * it, but a body they refuse (unparsable JSON, too large) is answered as JSON-RPC, `-32700 Parse error` with a 400,
 * instead of reaching Strapi's error handler, which logs an unparsable body as an internal error. Errors of anything
 * after the parser (the route, the handler) are not the parser's and pass unchanged.
 */
export const answerMcpBodyErrors = (strapi: Core.Strapi) => {
  const middlewares = strapi.get('middlewares') as {
    get(uid: string): unknown;
    extend(uid: string, wrap: (factory: MiddlewareFactory) => MiddlewareFactory): unknown;
  };
  // An app that replaced Strapi's body parser keeps its own answers.
  if (!middlewares.get('strapi::body')) return;
  const mcpPath = mcpPathOf(strapi);

  middlewares.extend('strapi::body', (createBody) => (config, deps) => {
    const body = createBody(config, deps);
    return async (ctx, next) => {
      if (!isPathOf(ctx.path, mcpPath)) return body(ctx, next);
      let parsed = false;
      try {
        return await body(ctx, () => {
          parsed = true;
          return next();
        });
      } catch (error) {
        const status = statusOf(error);
        if (parsed || status < 400 || status >= 500) throw error;
        const unparsable = error instanceof SyntaxError || status === 400;
        ctx.status = status;
        ctx.body = {
          jsonrpc: '2.0',
          error: unparsable
            ? { code: -32700, message: 'Parse error: the body is not valid JSON' }
            : { code: -32600, message: `Invalid Request: ${(error as BodyError).message ?? 'unreadable body'}` },
          id: null,
        };
      }
    };
  });
};
