import type { Core } from '@strapi/strapi';

import { getService } from '../utils';
import { redactQueryParam } from '../utils/redact-url';

type Ctx = Parameters<Core.MiddlewareHandler>[0];

const idOf = (ctx: Ctx) => Number(ctx.params.id);
const adminOf = (ctx: Ctx) => ctx.state.user;

/** Admin API for tokens: validation and rules live in the service, so other code gets them too. */
const createTokensController = ({ strapi }: { strapi: Core.Strapi }) => {
  const tokens = () => getService('tokens', { strapi });

  return {
    async find(ctx: Ctx) {
      const { query } = ctx;
      // A token value sent in the URL is refused (it belongs in the lookup's body), and kept out of the request log.
      if (query.accessKey) ctx.url = redactQueryParam(ctx.url, 'accessKey');
      ctx.body = await tokens().list(query);
    },
    async lookup(ctx: Ctx) {
      ctx.body = await tokens().lookup(ctx.request.body);
    },
    async findOne(ctx: Ctx) {
      ctx.body = { data: await tokens().findOne(idOf(ctx)) };
    },
    async create(ctx: Ctx) {
      ctx.status = 201;
      ctx.body = { data: await tokens().create(ctx.request.body, adminOf(ctx)) };
    },
    async update(ctx: Ctx) {
      ctx.body = { data: await tokens().update(idOf(ctx), ctx.request.body, adminOf(ctx)) };
    },
    async delete(ctx: Ctx) {
      ctx.body = { data: await tokens().remove(idOf(ctx), adminOf(ctx)) };
    },
    async revoke(ctx: Ctx) {
      ctx.body = { data: await tokens().revoke(idOf(ctx), adminOf(ctx)) };
    },
    async archive(ctx: Ctx) {
      ctx.body = { data: await tokens().archive(idOf(ctx), adminOf(ctx)) };
    },
    async restore(ctx: Ctx) {
      ctx.body = { data: await tokens().restore(idOf(ctx), adminOf(ctx)) };
    },
    async regenerate(ctx: Ctx) {
      ctx.body = { data: await tokens().regenerate(idOf(ctx), ctx.request.body, adminOf(ctx)) };
    },
  };
};

export default createTokensController;
