import type { Core } from '@strapi/strapi';

import { getService } from '../utils';
import { validateIdParam } from '../validation/params';
import { validateUsageQuery } from '../validation/usage';

import type { TokenUsageResponse } from '../../../shared/contracts/usage';

type Ctx = Parameters<Core.MiddlewareHandler>[0];

/** Admin API: a token's requests and hook deliveries per UTC day. */
const createTokenUsageController = ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: Ctx) {
    const id = await validateIdParam(ctx.params);
    const { days } = await validateUsageQuery(ctx.query);
    // 404 for an unknown token.
    await getService('tokens', { strapi }).findOne(id);
    const body: TokenUsageResponse = { data: await getService('usage', { strapi }).daysOf(id, days) };
    ctx.body = body;
  },
});

export default createTokenUsageController;
