import { PLUGIN_ID } from '../../../shared/plugin';

/** Name of the content-API auth strategy; routes that only our tokens may call list it. */
export const STRATEGY_NAME = 'access-tokens';

/** The policy a custom route names to accept only our tokens, of a level and scopes (policies/require-token.ts). */
export const REQUIRE_TOKEN_POLICY = `plugin::${PLUGIN_ID}.require-token`;

/** `api::article.article.find` -> [`api::article.article`]; `plugin::upload.content-api.find` -> [`plugin::upload`, `plugin::upload.content-api`]. */
export const routeScopesOf = (actionScope: string): string[] => {
  const controllerUid = actionScope.slice(0, actionScope.lastIndexOf('.'));
  if (!controllerUid.startsWith('plugin::')) return [controllerUid];
  const pluginName = controllerUid.slice('plugin::'.length).split('.')[0];
  return [`plugin::${pluginName}`, controllerUid];
};

/** The actions an auth check names as its `scope`: none, one or several. */
export const actionsOf = (config: { scope?: string | string[] }): string[] =>
  config.scope === undefined ? [] : ([] as string[]).concat(config.scope);

const sameActions = (a: string[], b: string[]) => a.length === b.length && a.every((action) => b.includes(action));

/** A route as Strapi hands it to a request (`ctx.state.route`): its auth config and its policies. */
export interface RouteShape {
  config?: {
    auth?: { scope?: string | string[] } | false;
    policies?: unknown[];
  };
}

/**
 * The route's own action on a route whose require-token policy names scopes: the policy then decides them. A
 * policy without scopes narrows nothing, so the route's action is checked as on any route.
 */
export const isPolicyScopedRouteAction = (route: RouteShape | undefined, actions: string[]): boolean => {
  const policies = (route?.config?.policies ?? []) as { name?: string; config?: { scopes?: string[] } }[];
  const scoped = policies.some(
    (policy) => policy?.name === REQUIRE_TOKEN_POLICY && (policy.config?.scopes?.length ?? 0) > 0
  );
  return scoped && actions.length > 0 && sameActions(actions, actionsOf(route?.config?.auth || {}));
};

/**
 * The actions of the plugin's own content-API routes (/me, hooks), by name. Never a prefix: the plugin's content
 * types have generic actions too (`plugin::access-tokens.token.update`), which no token may use.
 */
export const ownActionsOf = (routes: readonly { handler?: unknown }[]): ReadonlySet<string> =>
  new Set(
    routes.flatMap((route) => (typeof route.handler === 'string' ? [`plugin::${PLUGIN_ID}.${route.handler}`] : []))
  );

/** A generic action on one of the plugin's own content types (`plugin::access-tokens.token.update`): never a token's. */
export const isOwnContentTypeAction = (action: string, ownActions: ReadonlySet<string>): boolean =>
  action.startsWith(`plugin::${PLUGIN_ID}.`) && !ownActions.has(action);
