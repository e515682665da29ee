import type { Core } from '@strapi/strapi';

import type { TooManyRequests } from '../lib/rate-limit';
import { tooManyRequests } from '../utils/too-many-requests';
import { getService } from '../utils';
import { parseInput } from '../validation/parse';

import { leakReport, type LeakReportResponse } from '../../../shared/contracts/leaks';
import type { Ctx } from '../utils/koa';

const refuseWhenSpent = (ctx: Ctx, refusal: TooManyRequests | null) => {
  if (refusal) throw tooManyRequests(ctx, refusal);
};

/**
 * Content API, no authentication: whoever holds a leaked value reports it, like GitHub's credential revocation API.
 * The answer is the same whatever the values were, so it tells nothing about them.
 */
const createLeaksController = ({ strapi }: { strapi: Core.Strapi }) => ({
  async revoke(ctx: Ctx) {
    const leakReports = getService('leakReports', { strapi });
    refuseWhenSpent(ctx, leakReports.admit(getService('clientAddress', { strapi }).of(ctx)));
    const { tokens } = await parseInput(leakReport, ctx.request.body);
    const lookup = leakReports.prepare(tokens);
    if (lookup) {
      refuseWhenSpent(ctx, leakReports.admitLookup());
      // 'close' follows the answer's last byte (or a dropped connection): the database work never delays the answer.
      ctx.res.once('close', lookup);
    }
    ctx.status = 202;
    ctx.body = { data: { received: tokens.length } } satisfies LeakReportResponse;
  },
});

export default createLeaksController;
