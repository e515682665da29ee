import type { Core } from '@strapi/strapi';

import { getService } from '../utils';
import { redactPrefixedValues } from '../utils/redact-url';
import { extractBearer, queryCarriesToken } from './extract-bearer';

import type { ContentApiStrategy } from './content-api';

type Ctx = Parameters<Core.MiddlewareHandler>[0];
type Next = () => Promise<unknown>;

interface RouteAuthConfig {
  strategies?: (string | { name?: string })[];
}

const routeAcceptsStrategy = (auth: RouteAuthConfig | undefined, name: string) =>
  !auth?.strategies || auth.strategies.some((strategy) => (typeof strategy === 'string' ? strategy : strategy?.name) === name);

/**
 * Strapi runs content-API strategies in registration order: the built-in API tokens (an HMAC-SHA512 and a
 * database query) and users-permissions (a JWT check) come before any plugin. Core's endpoint composer
 * looks up `strapi.get('auth').authenticate` on every request, so wrapping it lets a request that carries one
 * of our prefixed tokens be served by our strategy first. Every other request goes through Strapi unchanged.
 */
export const serveOurTokensFirst = (strapi: Core.Strapi, strategy: ContentApiStrategy) => {
  const auth = strapi.get('auth');
  const authenticateInOrder = auth.authenticate.bind(auth);

  const isOurs = (ctx: Ctx) => {
    const route = ctx.state.route;
    if (route?.config?.auth === false || !routeAcceptsStrategy(route?.config?.auth, strategy.name)) return false;
    const value = extractBearer(ctx);
    return value !== null && getService('keys', { strapi }).hasOurPrefix(value);
  };

  auth.authenticate = async (ctx: Ctx, next: Next) => {
    if (ctx.state.route?.info?.type !== 'content-api') return authenticateInOrder(ctx, next);
    // Tokens belong in the header: a query string ends up in logs, proxies and browser history.
    const { prefix } = getService('keys', { strapi });
    if (queryCarriesToken(ctx, prefix)) {
      ctx.url = redactPrefixedValues(ctx.url, prefix);
      return ctx.unauthorized('Send access tokens in the Authorization header, never in the query string');
    }
    if (!isOurs(ctx)) return authenticateInOrder(ctx, next);

    const { authenticated, credentials, error } = await strategy.authenticate(ctx);
    if (!authenticated) return ctx.unauthorized(error);
    // What Strapi's own authenticate sets for a successful strategy.
    ctx.state.isAuthenticated = true;
    ctx.state.auth = { strategy, credentials, ability: null };
    return next();
  };
};
