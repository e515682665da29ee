import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { tooManyRequests } from '../strategies/content-api';
import { getService } from '../utils';

import type {
  HookSubscriptionListResponse,
  RotateSecretResponse,
  SampleResponse,
  SubscribeResponse,
} from '../../../shared/contracts/hooks';
import type { AuthenticatedToken } from '../data/tokens';

type Ctx = Parameters<Core.MiddlewareHandler>[0];

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

/** Content API: REST hook subscriptions of the calling token (Zapier's subscribe / unsubscribe / performList). */
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
      ctx.status = 201;
      ctx.body = {
        data: await subscriptions().subscribe(await managingToken(ctx), ctx.request.body),
      } satisfies SubscribeResponse;
    },
    async delete(ctx: Ctx) {
      await subscriptions().unsubscribe(await managingToken(ctx), Number(ctx.params.id));
      ctx.status = 204;
    },
    async sample(ctx: Ctx) {
      ctx.body = {
        data: await getService('hookPayloads', { strapi }).sample(tokenOf(ctx), ctx.query),
      } satisfies SampleResponse;
    },
    async rotateSecret(ctx: Ctx) {
      const secret = await getService('hookSecrets', { strapi }).rotateForToken(
        await managingToken(ctx),
        Number(ctx.params.id),
        ctx.request.body
      );
      ctx.body = { data: secret } satisfies RotateSecretResponse;
    },
  };
};

export default createHooksController;
