import type { Core } from '@strapi/strapi';

import { getService } from '../utils';
import { validateIdParam } from '../validation/params';

type Ctx = Parameters<Core.MiddlewareHandler>[0];

/** Admin API: every token's subscriptions (list, remove), the delivery queue, and replay. */
const createHookAdminController = ({ strapi }: { strapi: Core.Strapi }) => ({
  async hooks(ctx: Ctx) {
    ctx.body = await getService('hookSubscriptions', { strapi }).adminList(ctx.query);
  },
  async remove(ctx: Ctx) {
    const id = await validateIdParam(ctx.params);
    ctx.body = { data: await getService('hookSubscriptions', { strapi }).removeByAdmin(id, ctx.state.user) };
  },
  async deliveries(ctx: Ctx) {
    ctx.body = await getService('hookDeliveries', { strapi }).list(ctx.query);
  },
  async retry(ctx: Ctx) {
    ctx.body = {
      data: await getService('hookDeliveries', { strapi }).retry(Number(ctx.params.id), { admin: ctx.state.user }),
    };
  },
  async rotateSecret(ctx: Ctx) {
    ctx.body = {
      data: await getService('hookSecrets', { strapi }).rotateForAdmin(
        Number(ctx.params.id),
        ctx.request.body,
        ctx.state.user
      ),
    };
  },
  async replay(ctx: Ctx) {
    ctx.body = {
      data: await getService('hookDeliveries', { strapi }).replay(
        Number(ctx.params.id),
        ctx.request.body,
        ctx.state.user
      ),
    };
  },
});

export default createHookAdminController;
