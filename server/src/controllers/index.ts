import type { Core } from '@strapi/strapi';

import { ConflictError } from '../utils/errors';
import adminInfo from './admin-info';
import hookAdmin from './hook-admin';
import hooks from './hooks';
import leaks from './leaks';
import mcp from './mcp';
import me from './me';
import tokenUsage from './token-usage';
import tokens from './tokens';
import type { Ctx } from '../utils/koa';

type Handlers = Record<string, (ctx: Ctx) => Promise<void>>;

/** Every action of a controller, with a ConflictError answered as Strapi answers a 409 (see utils/errors). */
const answeringConflicts =
  <Factory extends (deps: { strapi: Core.Strapi }) => Handlers>(factory: Factory) =>
  (deps: { strapi: Core.Strapi }): ReturnType<Factory> =>
    Object.fromEntries(
      Object.entries(factory(deps)).map(([name, handler]) => [
        name,
        async (ctx: Ctx) => {
          try {
            await handler(ctx);
          } catch (error) {
            if (!(error instanceof ConflictError)) throw error;
            ctx.conflict(error.message, error.details);
          }
        },
      ])
    ) as ReturnType<Factory>;

export default {
  'admin-info': answeringConflicts(adminInfo),
  'hook-admin': answeringConflicts(hookAdmin),
  hooks: answeringConflicts(hooks),
  leaks: answeringConflicts(leaks),
  mcp,
  me: answeringConflicts(me),
  tokens: answeringConflicts(tokens),
  'token-usage': answeringConflicts(tokenUsage),
};
