import type { Core } from '@strapi/strapi';

import { getService } from '../utils';
import { idOf, parseInput } from '../validation/parse';

import { tokenUsageQuery, type TokenUsageResponse } from '../../../shared/contracts/usage';
import type { Ctx } from '../utils/koa';

/** Admin API: a token's requests and hook deliveries per UTC day. */
const createTokenUsageController = ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: Ctx) {
    const id = await idOf(ctx.params);
    const { days } = await parseInput(tokenUsageQuery, ctx.query);
    // 404 for an unknown token.
    await getService('tokens', { strapi }).findOne(id);
    const body: TokenUsageResponse = { data: await getService('usage', { strapi }).daysOf(id, days) };
    ctx.body = body;
  },
});

export default createTokenUsageController;
