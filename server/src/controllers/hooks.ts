import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { getService } from '../utils';

import type { AuthenticatedToken } from '../utils/token-dto';

type Ctx = Parameters<Core.MiddlewareHandler>[0];

const tokenOf = (ctx: Ctx) => ctx.state.auth.credentials as AuthenticatedToken;

/**
 * Subscribing and rotating hand out a signing secret. The value a regeneration replaced keeps working during its
 * grace period, but may not take one: a thief holding it would otherwise outlive the rotation through its hooks.
 */
const currentValueOnly = (ctx: Ctx) => {
  const token = tokenOf(ctx);
  if (token.viaPreviousKey) {
    throw new errors.ForbiddenError('This access token value was replaced: manage hooks with the new value');
  }
  return token;
};

/** Content API: REST hook subscriptions of the calling token (Zapier's subscribe / unsubscribe / performList). */
const createHooksController = ({ strapi }: { strapi: Core.Strapi }) => {
  const subscriptions = () => getService('hookSubscriptions', { strapi });

  return {
    async find(ctx: Ctx) {
      ctx.body = { data: await subscriptions().listForToken(tokenOf(ctx)) };
    },
    async create(ctx: Ctx) {
      ctx.status = 201;
      ctx.body = { data: await subscriptions().subscribe(currentValueOnly(ctx), ctx.request.body) };
    },
    async delete(ctx: Ctx) {
      await subscriptions().unsubscribe(tokenOf(ctx), Number(ctx.params.id));
      ctx.status = 204;
    },
    async sample(ctx: Ctx) {
      ctx.body = { data: await getService('hookPayloads', { strapi }).sample(tokenOf(ctx), ctx.query) };
    },
    async rotateSecret(ctx: Ctx) {
      ctx.body = { data: await getService('hookSecrets', { strapi }).rotateForToken(currentValueOnly(ctx), Number(ctx.params.id), ctx.request.body) };
    },
  };
};

export default createHooksController;
