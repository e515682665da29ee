import type { Core } from '@strapi/strapi';

import { getService } from '../utils';

import type { TokenRow } from '../utils/token-dto';

type Ctx = Parameters<Core.MiddlewareHandler>[0];

const tokenOf = (ctx: Ctx) => ctx.state.auth.credentials as TokenRow;

/** Content API: REST hook subscriptions of the calling token (Zapier's subscribe / unsubscribe / performList). */
const createHooksController = ({ strapi }: { strapi: Core.Strapi }) => {
  const subscriptions = () => getService('hookSubscriptions', { strapi });

  return {
    async find(ctx: Ctx) {
      ctx.body = { data: await subscriptions().listForToken(tokenOf(ctx)) };
    },
    async create(ctx: Ctx) {
      ctx.status = 201;
      ctx.body = { data: await subscriptions().subscribe(tokenOf(ctx), ctx.request.body) };
    },
    async delete(ctx: Ctx) {
      await subscriptions().unsubscribe(tokenOf(ctx), Number(ctx.params.id));
      ctx.status = 204;
    },
    async sample(ctx: Ctx) {
      ctx.body = { data: await getService('hookPayloads', { strapi }).sample(tokenOf(ctx), ctx.query) };
    },
    async rotateSecret(ctx: Ctx) {
      ctx.body = { data: await getService('hookSecrets', { strapi }).rotateForToken(tokenOf(ctx), Number(ctx.params.id), ctx.request.body) };
    },
  };
};

export default createHooksController;
