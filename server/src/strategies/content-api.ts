import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { STRATEGY_NAME } from '../lib/route-scopes';
import type { PresentedToken } from '../services/authenticator';
import { getService, type ServiceOf } from '../utils';
import { tooManyRequests } from '../utils/too-many-requests';
import { QUERY_TOKEN_MESSAGE, presentedToken, refusesQueryToken } from './extract-bearer';
import type { Ctx } from '../utils/koa';

type ContentApiVerify = ServiceOf<'tokenAccess'>['verify'];

/**
 * Content-API strategy for this plugin's tokens. With `serveFirst` on, prefixed tokens are served before Strapi's
 * own strategies (serve-first.ts); anything else reaches this strategy after them, as the last one registered. A Bearer value
 * that is not ours yields `{ authenticated: false }`, so built-in API tokens and users-permissions keep working.
 */
export const createContentApiStrategy = ({ strapi }: { strapi: Core.Strapi }) => {
  const prefix = getService('keys', { strapi }).prefix;
  // Resolved at the first request, not per request: the strategy is registered before the services are all built.
  let resolved:
    | {
        clientAddress: ServiceOf<'clientAddress'>;
        authenticator: ServiceOf<'authenticator'>;
        usage: ServiceOf<'usage'>;
        access: ServiceOf<'tokenAccess'>;
      }
    | undefined;
  const services = () =>
    (resolved ??= {
      clientAddress: getService('clientAddress', { strapi }),
      authenticator: getService('authenticator', { strapi }),
      usage: getService('usage', { strapi }),
      access: getService('tokenAccess', { strapi }),
    });

  /** Asks the authenticator for the verdict on the presented value, and turns it into Strapi's answer. */
  const authenticatePresented = async (ctx: Ctx, presented: PresentedToken) => {
    const { clientAddress, authenticator, usage } = services();
    const verdict = await authenticator.authenticate(presented, clientAddress.of(ctx), ctx.get('User-Agent'));
    // The response counts for the token, once it is known: accepted, or refused as expired, revoked, from a refused IP...
    usage.attribute(ctx, verdict.accepted ? verdict.token.id : verdict.tokenId);
    if (verdict.accepted) {
      ctx.set(verdict.headers);
      return { authenticated: true, credentials: verdict.token };
    }
    // Here, where both paths (served first, or after Strapi's strategies) and GraphQL pass: a 429 throws.
    if (verdict.status === 429) throw tooManyRequests(ctx, verdict);
    if (verdict.message === null) return { authenticated: false };
    return { authenticated: false, error: new errors.UnauthorizedError(verdict.message) };
  };

  const authenticate = async (ctx: Ctx) => {
    if (refusesQueryToken(ctx, prefix)) {
      return { authenticated: false, error: new errors.UnauthorizedError(QUERY_TOKEN_MESSAGE) };
    }
    const presented = presentedToken(ctx, prefix);
    return presented ? authenticatePresented(ctx, presented) : { authenticated: false };
  };

  const verify: ContentApiVerify = (auth, config) => services().access.verify(auth, config);

  return { name: STRATEGY_NAME, authenticate, authenticatePresented, verify };
};

export type ContentApiStrategy = ReturnType<typeof createContentApiStrategy>;
