import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { tooManyRequests } from '../utils/too-many-requests';
import { getService } from '../utils';
import { sampleInput, subscribeInput } from '../validation/hooks';
import { idOrNotFound, parseInput } from '../validation/parse';

import {
  rotateSecretRequest,
  type HookSubscriptionListResponse,
  type RotateSecretResponse,
  type SampleResponse,
  type SubscribeResponse,
} from '../../../shared/contracts/hooks';
import type { AuthenticatedToken } from '../services/authenticator';
import type { Ctx } from '../utils/koa';
import { SUBSCRIPTION_NOT_FOUND } from '../hooks/subscriptions';

const tokenOf = (ctx: Ctx) => ctx.state.auth.credentials as AuthenticatedToken;

/**
 * Hooks belong to the token's current value. The value a regeneration replaced keeps working during its grace
 * period, but may not subscribe or rotate (a signing secret a thief would keep), nor list or remove hooks (their
 * URLs are often secrets themselves, and removing them would cut the real integration off).
 */
const currentValueOnly = (ctx: Ctx) => {
  const token = tokenOf(ctx);
  if (token.viaPreviousKey) {
    throw new errors.ForbiddenError('This access token value was replaced: manage hooks with the new value');
  }
  return token;
};

/**
 * Content API: REST hook subscriptions of the calling token (Zapier's subscribe / unsubscribe / performList).
 * Each input is read here with its route's schema (routes/content-api.ts), and the services take it typed.
 */
const createHooksController = ({ strapi }: { strapi: Core.Strapi }) => {
  const subscriptions = () => getService('hookSubscriptions', { strapi });

  /** The calling token, for a change it makes to its hooks: counted against its management budget (429 beyond). */
  const managingToken = async (ctx: Ctx) => {
    const token = currentValueOnly(ctx);
    const refusal = await getService('rateLimiter', { strapi }).chargeManagement(token);
    if (refusal) throw tooManyRequests(ctx, refusal);
    return token;
  };

  return {
    async find(ctx: Ctx) {
      ctx.body = {
        data: await subscriptions().listForToken(currentValueOnly(ctx)),
      } satisfies HookSubscriptionListResponse;
    },
    async create(ctx: Ctx) {
      const token = await managingToken(ctx);
      const input = await parseInput(subscribeInput(subscriptions().validationContext(token)), ctx.request.body);
      ctx.status = 201;
      ctx.body = { data: await subscriptions().subscribe(token, input) } satisfies SubscribeResponse;
    },
    async delete(ctx: Ctx) {
      const token = await managingToken(ctx);
      await subscriptions().unsubscribe(token, idOrNotFound(ctx.params, SUBSCRIPTION_NOT_FOUND));
      ctx.status = 204;
    },
    async sample(ctx: Ctx) {
      const token = tokenOf(ctx);
      const query = await parseInput(sampleInput(subscriptions().validationContext(token)), ctx.query);
      ctx.body = { data: await getService('hookPayloads', { strapi }).sample(token, query) } satisfies SampleResponse;
    },
    async rotateSecret(ctx: Ctx) {
      const token = await managingToken(ctx);
      const id = idOrNotFound(ctx.params, SUBSCRIPTION_NOT_FOUND);
      const input = await parseInput(rotateSecretRequest, ctx.request.body);
      const secret = await getService('hookSecrets', { strapi }).rotateForToken(token, id, input);
      ctx.body = { data: secret } satisfies RotateSecretResponse;
    },
  };
};

export default createHooksController;
