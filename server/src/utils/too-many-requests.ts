import { errors } from '@strapi/utils';

import type { TooManyRequests } from '../lib/rate-limit';
import type { Ctx } from './koa';

/**
 * The one way the plugin answers 429 Too Many Requests (a throttled client, a token over its rate limit, a spent
 * hook-management or leak-report budget): the refusal's fields and Retry-After on the response, and Strapi's
 * RateLimitError to throw, whose body is Strapi's error shape (`{ data: null, error: { status: 429, ... } }`).
 */
export const tooManyRequests = (ctx: Ctx, { message, retryAfter, headers = {}, details = {} }: TooManyRequests) => {
  ctx.set(headers);
  ctx.set('Retry-After', String(retryAfter));
  return new errors.RateLimitError(message, { ...details, retryAfterSeconds: retryAfter });
};
