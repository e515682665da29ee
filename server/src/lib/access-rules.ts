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

/** read-only: reads only; read-write: everything. Unknown levels allow nothing. */
export const isRequestAllowed = (level: AccessLevel, request: RequestShape): boolean =>
  level === 'read-write' || (level === 'read-only' && isReadRequest(request));

/** read-only: GET and HEAD only; read-write: every method. Unknown levels allow nothing. */
export const isMethodAllowed = (level: AccessLevel, method: string): boolean => isRequestAllowed(level, { method });

/** Does one token scope cover one route scope? Exact match, or a plugin name covering its content types. */
export const scopeCovers = (tokenScope: string, routeScope: string): boolean =>
  tokenScope === routeScope || (PLUGIN_SCOPE.test(tokenScope) && routeScope.startsWith(`${tokenScope}.`));

/**
 * Empty tokenScopes means every scope. Otherwise the route is allowed when ANY of its scopes is covered
 * (routeScopes are alternative names of what the route serves, e.g. `plugin::upload` and
 * `plugin::upload.file`). A route that cannot be attributed (no scopes) is allowed only for all-scope tokens.
 */
export const isScopeAllowed = (tokenScopes: readonly string[], routeScopes: readonly string[]): boolean => {
  if (tokenScopes.length === 0) return true;
  return routeScopes.some((routeScope) => tokenScopes.some((tokenScope) => scopeCovers(tokenScope, routeScope)));
};
