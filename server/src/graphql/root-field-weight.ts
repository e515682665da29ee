import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { countRootFields } from '../lib/graphql-root-fields';
import { STRATEGY_NAME } from '../lib/route-scopes';
import { tooManyRequests } from '../utils/too-many-requests';
import { getService } from '../utils';

import type { AuthenticatedToken } from '../data/tokens';
import type { Ctx } from '../utils/koa';

type Document = Parameters<typeof countRootFields>[1];
type Operation = Parameters<typeof countRootFields>[0];

interface ResolvedOperation {
  document: { definitions: Document };
  operation: Operation;
  contextValue: { koaContext?: Ctx };
}

/** Requests whose first request's worth the strategy's `authenticate` counted already, before Apollo parsed them. */
const credited = new WeakSet<object>();

/**
 * What Strapi's GraphQL plugin answers for a RateLimitError thrown in a resolver, with the HTTP status of the same
 * refusal over REST: Apollo reads `extensions.http` (and drops it from the answer) and the `graphql` package
 * copies an error's `extensions` into the GraphQL error it wraps it in.
 */
const asGraphqlRefusal = ({ name, message, details }: InstanceType<typeof errors.RateLimitError>) =>
  Object.assign(new Error(message), {
    extensions: { code: 'STRAPI_RATE_LIMIT_ERROR', error: { name, message, details }, http: { status: 429 } },
  });

/**
 * An Apollo Server plugin that weighs a GraphQL request by the root fields of the operation it executes (aliases
 * apart, fragments included), once Apollo has resolved it and before any resolver runs: 200 aliased `articles`
 * count as 200 requests of the token's rate limit, not one. `authenticate` counted one already, so a request over
 * the limit is refused before it is even parsed; this counts the rest and updates the RateLimit fields, or answers
 * 429 with Retry-After. A batch of operations (Apollo's opt-in batching) counts each.
 */
export const createRootFieldWeight = (strapi: Core.Strapi) => ({
  async requestDidStart() {
    return {
      async didResolveOperation({ document, operation, contextValue }: ResolvedOperation) {
        const ctx = contextValue.koaContext;
        const auth = ctx?.state.auth as { strategy?: { name?: string }; credentials?: AuthenticatedToken } | undefined;
        if (!ctx || auth?.strategy?.name !== STRATEGY_NAME || !auth.credentials?.rateLimit) return;

        const fields = countRootFields(operation, document.definitions);
        const weight = credited.has(ctx) ? fields : fields - 1;
        credited.add(ctx);
        if (weight <= 0) return;
        const { headers, refusal } = await getService('rateLimiter', { strapi }).check(auth.credentials, weight);
        if (refusal) throw asGraphqlRefusal(tooManyRequests(ctx, refusal));
        ctx.set(headers);
      },
    };
  },
});
