import type { AccessLevel } from '../../../shared/contracts/tokens';

export type { AccessLevel };

export const READ_METHODS: readonly string[] = ['GET', 'HEAD'];

const PLUGIN_SCOPE = /^plugin::[^.]+$/;

/** What decides whether a request reads: its HTTP method, or for GraphQL the operation it executes. */
export interface RequestShape {
  method: string;
  graphqlOperation?: 'query' | 'mutation' | 'subscription';
}

/** A GraphQL request reads when it executes a query (whatever its method); any other request when it is a GET or HEAD. */
export const isReadRequest = ({ method, graphqlOperation }: RequestShape): boolean =>
  graphqlOperation === undefined ? READ_METHODS.includes(method.toUpperCase()) : graphqlOperation === 'query';

/**
 * read-only: reads only; read-write: everything. Custom and unknown levels allow nothing here: a custom token's
 * permissions decide what it may do, never its level.
 */
export const isRequestAllowed = (level: AccessLevel, request: RequestShape): boolean =>
  level === 'read-write' || (level === 'read-only' && isReadRequest(request));

/** read-only: GET and HEAD only; read-write: every method. Unknown levels allow nothing. */
export const isMethodAllowed = (level: AccessLevel, method: string): boolean => isRequestAllowed(level, { method });

/** Does one token scope cover one route scope? Exact match, or a plugin name covering its content types. */
export const scopeCovers = (tokenScope: string, routeScope: string): boolean =>
  tokenScope === routeScope || (PLUGIN_SCOPE.test(tokenScope) && routeScope.startsWith(`${tokenScope}.`));

/** The plugin a token without scopes reaches besides the app: uploads are content, as the app's own types are. */
const UPLOAD_SCOPE = 'plugin::upload';

/**
 * What a token without scopes ("all") covers: the app's own content types and routes (`api::`) and the upload
 * plugin. Other plugins (users-permissions, email, i18n, any third-party one) administer the app rather than serve
 * its content (rewriting the Public role outlives the token): a token reaches them only by naming them.
 */
export const isCoveredByAllScopes = (routeScope: string): boolean =>
  routeScope.startsWith('api::') || scopeCovers(UPLOAD_SCOPE, routeScope);

/**
 * The route is allowed when ANY of its scopes is covered (routeScopes are alternative names of what the route
 * serves, e.g. `plugin::upload` and `plugin::upload.file`): by one of the token's scopes, or for a token without
 * scopes by what "all" covers. A call that cannot be attributed (no route scopes) is allowed to no token.
 */
export const isScopeAllowed = (tokenScopes: readonly string[], routeScopes: readonly string[]): boolean => {
  if (tokenScopes.length === 0) return routeScopes.some(isCoveredByAllScopes);
  return routeScopes.some((routeScope) => tokenScopes.some((tokenScope) => scopeCovers(tokenScope, routeScope)));
};

/** Where Strapi says a route comes from (`route.info`): an API of the app, or a plugin. */
export interface RouteOrigin {
  apiName?: string;
  pluginName?: string;
}

/**
 * The scopes an action-less call (a route whose handler is a function) is judged by: its origin. A function
 * handler of the app's APIs is the app's code (`api::<name>`, which "all" covers and no content-type scope does);
 * one of a plugin is that plugin's (`plugin::<name>`, reached by naming the plugin). Anything else, such as a custom
 * GraphQL resolver without an auth scope (app code and plugins declare them alike), cannot be attributed: none.
 */
export const actionlessRouteScopes = (origin: RouteOrigin | undefined): string[] => {
  if (origin?.pluginName) return [`plugin::${origin.pluginName}`];
  if (origin?.apiName) return [`api::${origin.apiName}`];
  return [];
};
