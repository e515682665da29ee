import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { actionlessRouteScopes, isRequestAllowed, isScopeAllowed, type RouteOrigin } from '../lib/access-rules';
import { executedGraphqlOperation } from '../lib/executed-operations';
import {
  actionsOf,
  isOwnContentTypeAction,
  isPolicyScopedRouteAction,
  ownActionsOf,
  routeScopesOf,
} from '../lib/route-scopes';
import { deriveTokenStatus } from '../lib/token-status';
import { getService, PLUGIN_ID } from '../utils';
import type { AuthLike } from '../permissions/service';

import type { TokenRow } from '../data/tokens';
import type { Ctx } from '../utils/koa';

interface ContentApiRouter {
  type?: string;
  routes: { handler?: unknown }[];
}

const NOT_GRANTED = 'This access token’s permissions do not grant this action';
const OUT_OF_SCOPES = 'This route is outside the access token scopes';
const OUTSIDE_ALL_SCOPES =
  'This route is outside the access token scopes: a token without scopes reaches the app’s content types and ' +
  'uploads; name any other plugin in its scopes';

/**
 * What a token may do: the content-API strategy's `verify` (strategies/content-api.ts), and the check hook payloads
 * are sanitized with (hooks/sanitize.ts), built once.
 */
const createTokenAccessService = ({ strapi }: { strapi: Core.Strapi }) => {
  const routers = Object.values(strapi.plugin(PLUGIN_ID).routes as Record<string, ContentApiRouter>);
  /** The actions of the plugin's own content-API routes (/me, hooks, mcp), which belong to every valid token. */
  const ownActions = ownActionsOf(routers.filter(({ type }) => type === 'content-api').flatMap(({ routes }) => routes));
  const permissions = getService('permissions', { strapi });

  /**
   * A custom token holds exactly the actions its permissions grant (`api::article.article.find`: `find` on that
   * type; `plugin::upload.content-api.find`: `content-api.find` on `plugin::upload`), whatever the method. A route
   * whose require-token policy names scopes is the policy's to judge; an action-less call (a function handler, a
   * custom GraphQL resolver without an auth scope) names nothing a permission could grant.
   */
  const verifyCustom = (token: TokenRow, actions: string[], ctx: Ctx | undefined) => {
    if (isPolicyScopedRouteAction(ctx?.state.route, actions)) return;
    if (actions.length === 0) throw new errors.ForbiddenError(NOT_GRANTED);
    const missing = actions.find((action) => !permissions.canScope(token, action));
    if (missing !== undefined) throw new errors.ForbiddenError(`${NOT_GRANTED}: ${missing}`);
  };

  return {
    /**
     * Called by Strapi with an action as `scope`: for the route itself, for each relation its sanitizers check,
     * and for each GraphQL resolver. The plugin's own routes (/me, hooks) belong to every valid token. Anything
     * else needs the token's level (read-only: GET/HEAD, or a GraphQL query) and scopes (a token without scopes:
     * the app's types and uploads). An action-less call is judged by its route's origin: a function handler of the
     * app's or of a plugin; a custom GraphQL resolver without an auth scope has none and is refused to every token.
     */
    verify(auth: { credentials?: TokenRow }, config: { scope?: string | string[] } = {}) {
      const token = auth.credentials;
      if (!token || deriveTokenStatus(token) !== 'active') throw new errors.UnauthorizedError();

      const actions = actionsOf(config);
      if (actions.length > 0 && actions.every((action) => ownActions.has(action))) return;
      if (actions.some((action) => isOwnContentTypeAction(action, ownActions)))
        throw new errors.ForbiddenError('The plugin’s own tables are not part of the content API');

      const ctx = strapi.requestContext.get() as Ctx | undefined;
      if (permissions.customTokenOf(auth as AuthLike)) return verifyCustom(token, actions, ctx);
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
    },
  };
};

export default createTokenAccessService;
