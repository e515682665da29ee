import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { getService } from '../utils';
import { parseInput } from '../validation/parse';

import { leakReport, type LeakReportResponse } from '../../../shared/contracts/leaks';

type Ctx = Parameters<Core.MiddlewareHandler>[0];

const refuseWhenSpent = (ctx: Ctx, retryAfterSeconds: number | null, whose: string) => {
  if (retryAfterSeconds === null) return;
  ctx.set('Retry-After', String(retryAfterSeconds));
  throw new errors.RateLimitError(`Too many leak reports ${whose}`, { retryAfterSeconds });
};

/**
 * Content API, no authentication: whoever holds a leaked value reports it, like GitHub's credential revocation API.
 * The answer is the same whatever the values were, so it tells nothing about them.
 */
const createLeaksController = ({ strapi }: { strapi: Core.Strapi }) => ({
  async revoke(ctx: Ctx) {
    const leakReports = getService('leakReports', { strapi });
    refuseWhenSpent(ctx, leakReports.admit(getService('clientAddress', { strapi }).of(ctx)), 'from this address');
    const { tokens } = await parseInput(leakReport, ctx.request.body);
    const lookup = leakReports.prepare(tokens);
    if (lookup) {
      refuseWhenSpent(ctx, leakReports.admitLookup(), 'from all clients; try again later');
      // 'close' follows the answer's last byte (or a dropped connection): the database work never delays the answer.
      ctx.res.once('close', lookup);
    }
    ctx.status = 202;
    ctx.body = { data: { received: tokens.length } } satisfies LeakReportResponse;
  },
});

export default createLeaksController;
