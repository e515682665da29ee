import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { actionlessRouteScopes, isRequestAllowed, isScopeAllowed, type RouteOrigin } from '../lib/access-rules';
import { deriveTokenStatus } from '../lib/token-status';
import { executedGraphqlOperation } from '../graphql/executed-operation';
import contentApiRoutes from '../routes/content-api';
import { PLUGIN_ID, STRATEGY_NAME, getService } from '../utils';
import { QUERY_TOKEN_MESSAGE, extractBearer, refusesQueryToken } from './extract-bearer';

import type { TokenRow } from '../data/tokens';

type Ctx = Parameters<Core.MiddlewareHandler>[0];

export { STRATEGY_NAME };
export const EXPIRATION_HEADER = 'Access-Token-Expiration';
export const REQUIRE_TOKEN_POLICY = `plugin::${PLUGIN_ID}.require-token`;

/** `api::article.article.find` -> [`api::article.article`]; `plugin::upload.content-api.find` -> [`plugin::upload`, `plugin::upload.content-api`]. */
export const routeScopesOf = (actionScope: string): string[] => {
  const controllerUid = actionScope.slice(0, actionScope.lastIndexOf('.'));
  if (!controllerUid.startsWith('plugin::')) return [controllerUid];
  const pluginName = controllerUid.slice('plugin::'.length).split('.')[0];
  return [`plugin::${pluginName}`, controllerUid];
};

/**
 * The actions of the plugin's own content-API routes (/me, hooks), by name. Never a prefix: the plugin's
 * content types have generic actions too (`plugin::access-tokens.token.update`), which no token may use.
 */
const OWN_ACTIONS: ReadonlySet<string> = new Set(
  contentApiRoutes.routes.map((route) => `plugin::${PLUGIN_ID}.${route.handler}`)
);

const actionsOf = (config: { scope?: string | string[] }) =>
  config.scope === undefined ? [] : ([] as string[]).concat(config.scope);

const sameActions = (a: string[], b: string[]) => a.length === b.length && a.every((action) => b.includes(action));

/**
 * The route's own action on a route whose require-token policy names scopes: the policy then decides them. A
 * policy without scopes narrows nothing, so the route's action is checked as on any route.
 */
const isPolicyScopedRouteAction = (ctx: Ctx | undefined, actions: string[]) => {
  const route = ctx?.state.route;
  const policies = (route?.config?.policies ?? []) as { name?: string; config?: { scopes?: string[] } }[];
  const scoped = policies.some(
    (policy) => policy?.name === REQUIRE_TOKEN_POLICY && (policy.config?.scopes?.length ?? 0) > 0
  );
  return scoped && actions.length > 0 && sameActions(actions, actionsOf(route?.config?.auth ?? {}));
};

const OUT_OF_SCOPES = 'This route is outside the access token scopes';
const OUTSIDE_ALL_SCOPES =
  'This route is outside the access token scopes: a token without scopes reaches the app’s content types and ' +
  'uploads; name any other plugin in its scopes';

/** A generic action on one of the plugin's own content types (`plugin::access-tokens.token.update`): never a token's. */
const isOwnContentTypeAction = (action: string) =>
  action.startsWith(`plugin::${PLUGIN_ID}.`) && !OWN_ACTIONS.has(action);

/**
 * Content-API strategy for this plugin's tokens. With `serveFirst` on, prefixed tokens are served before Strapi's
 * own strategies (serve-first.ts); anything else reaches this strategy after them, as the last one registered. A Bearer value
 * that is not ours yields `{ authenticated: false }`, so built-in API tokens and users-permissions keep working.
 */
export const createContentApiStrategy = ({ strapi }: { strapi: Core.Strapi }) => {
  const authenticate = async (ctx: Ctx) => {
    if (refusesQueryToken(ctx, getService('keys', { strapi }).prefix)) {
      return { authenticated: false, error: new errors.UnauthorizedError(QUERY_TOKEN_MESSAGE) };
    }
    const value = extractBearer(ctx);
    if (!value) return { authenticated: false };

    const client = getService('clientAddress', { strapi }).of(ctx);
    const result = await getService('authenticator', { strapi }).authenticate(value, client, ctx.get('User-Agent'));
    // The response counts for the token, once it is known: accepted, or refused as expired, revoked, from a refused IP...
    getService('usage', { strapi }).attribute(ctx, result.ok ? result.token.id : result.tokenId);
    if (!result.ok) {
      if (result.status === 'not-ours') return { authenticated: false };
      if (result.status === 429) {
        ctx.set('Retry-After', String(result.retryAfterSeconds));
        throw new errors.RateLimitError(result.message, { retryAfterSeconds: result.retryAfterSeconds });
      }
      return { authenticated: false, error: new errors.UnauthorizedError(result.message) };
    }
    if (result.token.validTo) ctx.set(EXPIRATION_HEADER, new Date(result.token.validTo).toISOString());
    // Here, where both paths (served first, or after Strapi's strategies) and GraphQL pass: a 429 throws. A GraphQL
    // request counts one here, before it is parsed; graphql/root-field-weight.ts counts its other root fields.
    await getService('rateLimiter', { strapi }).enforce(ctx, result.token);
    return { authenticated: true, credentials: result.token };
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
    if (actions.length > 0 && actions.every((action) => OWN_ACTIONS.has(action))) return;
    if (actions.some(isOwnContentTypeAction))
      throw new errors.ForbiddenError('The plugin’s own tables are not part of the content API');

    const ctx = strapi.requestContext.get() as Ctx | undefined;
    const request = { method: ctx?.method ?? 'GET', graphqlOperation: executedGraphqlOperation(ctx) };
    if (!isRequestAllowed(token.accessLevel, request)) {
      throw new errors.ForbiddenError('This access token is read-only');
    }
    if (isPolicyScopedRouteAction(ctx, actions)) return;

    const tokenScopes = token.scopes ?? [];
    const origin = ctx?.state.route?.info as RouteOrigin | undefined;
    const allowed =
      actions.length === 0
        ? isScopeAllowed(tokenScopes, actionlessRouteScopes(origin))
        : actions.every((action) => isScopeAllowed(tokenScopes, routeScopesOf(action)));
    if (!allowed) throw new errors.ForbiddenError(tokenScopes.length ? OUT_OF_SCOPES : OUTSIDE_ALL_SCOPES);
  };

  return { name: STRATEGY_NAME, authenticate, verify };
};

export type ContentApiStrategy = ReturnType<typeof createContentApiStrategy>;
