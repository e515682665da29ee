import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { actionlessRouteScopes, isRequestAllowed, isScopeAllowed, type RouteOrigin } from '../lib/access-rules';
import { executedGraphqlOperation } from '../lib/executed-operations';
import type { TooManyRequests } from '../lib/rate-limit';
import {
  STRATEGY_NAME,
  actionsOf,
  isOwnContentTypeAction,
  isPolicyScopedRouteAction,
  ownActionsOf,
  routeScopesOf,
} from '../lib/route-scopes';
import { deriveTokenStatus } from '../lib/token-status';
import type { PresentedToken } from '../services/authenticator';
import { PLUGIN_ID, getService } from '../utils';
import { QUERY_TOKEN_MESSAGE, presentedToken, refusesQueryToken } from './extract-bearer';

import type { TokenRow } from '../data/tokens';

type Ctx = Parameters<Core.MiddlewareHandler>[0];

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

const OUT_OF_SCOPES = 'This route is outside the access token scopes';
const OUTSIDE_ALL_SCOPES =
  'This route is outside the access token scopes: a token without scopes reaches the app’s content types and ' +
  'uploads; name any other plugin in its scopes';

/**
 * Content-API strategy for this plugin's tokens. With `serveFirst` on, prefixed tokens are served before Strapi's
 * own strategies (serve-first.ts); anything else reaches this strategy after them, as the last one registered. A Bearer value
 * that is not ours yields `{ authenticated: false }`, so built-in API tokens and users-permissions keep working.
 */
export const createContentApiStrategy = ({ strapi }: { strapi: Core.Strapi }) => {
  const prefix = getService('keys', { strapi }).prefix;
  const { routes } = (strapi.plugin(PLUGIN_ID).routes as Record<string, { routes: { handler?: unknown }[] }>)[
    'content-api'
  ];
  /** The actions of the plugin's own routes (/me, hooks), which belong to every valid token. */
  const ownActions = ownActionsOf(routes);

  /** Asks the authenticator for the verdict on the presented value, and turns it into Strapi's answer. */
  const authenticatePresented = async (ctx: Ctx, presented: PresentedToken) => {
    const client = getService('clientAddress', { strapi }).of(ctx);
    const verdict = await getService('authenticator', { strapi }).authenticate(
      presented,
      client,
      ctx.get('User-Agent')
    );
    // The response counts for the token, once it is known: accepted, or refused as expired, revoked, from a refused IP...
    getService('usage', { strapi }).attribute(ctx, verdict.accepted ? verdict.token.id : verdict.tokenId);
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

  /**
   * Called by Strapi with an action as `scope`: for the route itself, for each relation its sanitizers check,
   * and for each GraphQL resolver. The plugin's own routes (/me, hooks) belong to every valid token. Anything
   * else needs the token's level (read-only: GET/HEAD, or a GraphQL query) and scopes (a token without scopes:
   * the app's types and uploads). An action-less call is judged by its route's origin: a function handler of the
   * app's or of a plugin; a custom GraphQL resolver without an auth scope has none and is refused to every token.
   */
  const verify = (auth: { credentials?: TokenRow }, config: { scope?: string | string[] } = {}) => {
    const token = auth.credentials;
    if (!token || deriveTokenStatus(token) !== 'active') throw new errors.UnauthorizedError();

    const actions = actionsOf(config);
    if (actions.length > 0 && actions.every((action) => ownActions.has(action))) return;
    if (actions.some((action) => isOwnContentTypeAction(action, ownActions)))
      throw new errors.ForbiddenError('The plugin’s own tables are not part of the content API');

    const ctx = strapi.requestContext.get() as Ctx | undefined;
    const request = { method: ctx?.method ?? 'GET', graphqlOperation: executedGraphqlOperation(ctx) };
    if (!isRequestAllowed(token.accessLevel, request)) {
      throw new errors.ForbiddenError('This access token is read-only');
    }
    if (isPolicyScopedRouteAction(ctx?.state.route, actions)) return;

    const tokenScopes = token.scopes ?? [];
    const origin = ctx?.state.route?.info as RouteOrigin | undefined;
    const allowed =
      actions.length === 0
        ? isScopeAllowed(tokenScopes, actionlessRouteScopes(origin))
        : actions.every((action) => isScopeAllowed(tokenScopes, routeScopesOf(action)));
    if (!allowed) throw new errors.ForbiddenError(tokenScopes.length ? OUT_OF_SCOPES : OUTSIDE_ALL_SCOPES);
  };

  return { name: STRATEGY_NAME, authenticate, authenticatePresented, verify };
};

export type ContentApiStrategy = ReturnType<typeof createContentApiStrategy>;
