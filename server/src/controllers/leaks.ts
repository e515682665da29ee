import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { getService } from '../utils';
import { validateLeakReport } from '../validation/leaks';

type Ctx = Parameters<Core.MiddlewareHandler>[0];

/**
 * Content API, no authentication: whoever holds a leaked value reports it, like GitHub's credential revocation API.
 * The answer is the same whatever the values were, so it tells nothing about them.
 */
const createLeaksController = ({ strapi }: { strapi: Core.Strapi }) => ({
  async revoke(ctx: Ctx) {
    const leakReports = getService('leakReports', { strapi });
    const retryAfterSeconds = leakReports.admit(getService('clientAddress', { strapi }).of(ctx));
    if (retryAfterSeconds !== null) {
      ctx.set('Retry-After', String(retryAfterSeconds));
      throw new errors.RateLimitError('Too many leak reports from this address', { retryAfterSeconds });
    }
    const { tokens } = await validateLeakReport(ctx.request.body);
    // 'close' follows the answer's last byte (or a dropped connection): the database work never delays the answer.
    ctx.res.once('close', leakReports.prepare(tokens));
    ctx.status = 202;
    ctx.body = { data: { received: tokens.length } };
  },
});

export default createLeaksController;
