import type { Core } from '@strapi/strapi';

import { getService } from '../utils';
import { QUERY_TOKEN_MESSAGE, presentedToken, refusesQueryToken } from './extract-bearer';

import type { ContentApiStrategy } from './content-api';
import type { Ctx } from '../utils/koa';

type Next = () => Promise<unknown>;
type Authenticate = (ctx: Ctx, next: Next) => Promise<unknown>;

interface RouteAuthConfig {
  strategies?: (string | { name?: string })[];
}

/** The Strapi versions the wrapper was tested with (docs/security.md lists them too). */
export const SERVE_FIRST_TESTED_WITH = '5.54.0';

const routeAcceptsStrategy = (auth: RouteAuthConfig | undefined, name: string) =>
  !auth?.strategies ||
  auth.strategies.some((strategy) => (typeof strategy === 'string' ? strategy : strategy?.name) === name);

/** Why this auth service lacks the shape the wrapper relies on, `authenticate(ctx, next)`; null when it has it. */
export const unwrappableBecause = (auth: { authenticate?: unknown }): string | null => {
  if (typeof auth.authenticate !== 'function') return 'has no authenticate function';
  if (auth.authenticate.length !== 2)
    return `has an authenticate of ${auth.authenticate.length} parameters, not (ctx, next)`;
  return null;
};

/**
 * Strapi runs content-API strategies in registration order: the built-in API tokens (an HMAC-SHA512 and a
 * database query) and users-permissions (a JWT check) come before any plugin. Core's endpoint composer
 * looks up `strapi.get('auth').authenticate` on every request, so wrapping it lets a request that carries one
 * of our prefixed tokens be served by our strategy first. Every other request goes through Strapi unchanged.
 * Returns false, with a warning, when the auth service has another shape: the strategy, registered the
 * ordinary way already, then serves our tokens after Strapi's own.
 */
export const serveOurTokensFirst = (strapi: Core.Strapi, strategy: ContentApiStrategy): boolean => {
  const auth = strapi.get('auth');
  const warn = (reason: string) => {
    strapi.log.warn(
      `[access-tokens] serveFirst: Strapi's auth service ${reason}, so our tokens are checked after Strapi's own strategies, ` +
        `the ordinary way (see "Serving our tokens first" in docs/security.md). Tested with Strapi ${SERVE_FIRST_TESTED_WITH}; ` +
        'set serveFirst: false to silence this warning.'
    );
    return false;
  };
  const obstacle = unwrappableBecause(auth);
  if (obstacle) return warn(obstacle);
  const authenticateInOrder: Authenticate = auth.authenticate.bind(auth);
  const { prefix } = getService('keys', { strapi });

  /** The presented token when it is ours by its prefix and the route accepts our strategy; else null. */
  const ours = (ctx: Ctx) => {
    const route = ctx.state.route;
    if (route?.config?.auth === false || !routeAcceptsStrategy(route?.config?.auth, strategy.name)) return null;
    const presented = presentedToken(ctx, prefix);
    return presented?.prefixed ? presented : null;
  };

  const authenticate: Authenticate = async (ctx, next) => {
    if (ctx.state.route?.info?.type !== 'content-api') return authenticateInOrder(ctx, next);
    if (refusesQueryToken(ctx, prefix)) return ctx.unauthorized(QUERY_TOKEN_MESSAGE);
    const presented = ours(ctx);
    if (!presented) return authenticateInOrder(ctx, next);

    const { authenticated, credentials, error } = await strategy.authenticatePresented(ctx, presented);
    if (!authenticated) return ctx.unauthorized(error);
    // What Strapi's own authenticate sets for a successful strategy.
    ctx.state.isAuthenticated = true;
    ctx.state.auth = { strategy, credentials, ability: null };
    return next();
  };

  // Reflect.set answers false for a frozen or read-only property, where an assignment may fail silently.
  if (!Reflect.set(auth, 'authenticate', authenticate) || strapi.get('auth').authenticate !== authenticate) {
    return warn('has an authenticate that cannot be replaced');
  }
  return true;
};
