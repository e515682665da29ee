import type { Core } from '@strapi/strapi';

import { getService } from '../utils';
import { idOf, idOrNotFound, parseInput } from '../validation/parse';

import {
  deliveryListQuery,
  hookListQuery,
  replayRequest,
  rotateSecretRequest,
  type DeliveryListResponse,
  type HookListResponse,
  type RemoveSubscriptionResponse,
  type ReplayResponse,
  type RetryDeliveryResponse,
  type RotateSecretResponse,
} from '../../../shared/contracts/hooks';
import type { Ctx } from '../utils/koa';
import { SUBSCRIPTION_NOT_FOUND } from '../hooks/subscriptions';

/** Admin API: every token's subscriptions (list, remove), the delivery queue, and replay. */
const createHookAdminController = ({ strapi }: { strapi: Core.Strapi }) => ({
  async hooks(ctx: Ctx) {
    const query = await parseInput(hookListQuery, ctx.query);
    ctx.body = (await getService('hookSubscriptions', { strapi }).adminList(query)) satisfies HookListResponse;
  },
  async remove(ctx: Ctx) {
    const id = await idOf(ctx.params);
    const removed = await getService('hookSubscriptions', { strapi }).removeByAdmin(id, ctx.state.user);
    ctx.body = { data: removed } satisfies RemoveSubscriptionResponse;
  },
  async deliveries(ctx: Ctx) {
    const query = await parseInput(deliveryListQuery, ctx.query);
    ctx.body = (await getService('hookDeliveries', { strapi }).list(query)) satisfies DeliveryListResponse;
  },
  async retry(ctx: Ctx) {
    const delivery = await getService('hookDeliveries', { strapi }).retry(
      idOrNotFound(ctx.params, 'Delivery not found'),
      {
        admin: ctx.state.user,
      }
    );
    ctx.body = { data: delivery } satisfies RetryDeliveryResponse;
  },
  async rotateSecret(ctx: Ctx) {
    const id = idOrNotFound(ctx.params, SUBSCRIPTION_NOT_FOUND);
    const input = await parseInput(rotateSecretRequest, ctx.request.body);
    const secret = await getService('hookSecrets', { strapi }).rotateForAdmin(id, input, ctx.state.user);
    ctx.body = { data: secret } satisfies RotateSecretResponse;
  },
  async replay(ctx: Ctx) {
    const id = idOrNotFound(ctx.params, SUBSCRIPTION_NOT_FOUND);
    const { since } = await parseInput(replayRequest, ctx.request.body);
    const replayed = await getService('hookDeliveries', { strapi }).replay(id, new Date(since), ctx.state.user);
    ctx.body = { data: replayed } satisfies ReplayResponse;
  },
});

export default createHookAdminController;
