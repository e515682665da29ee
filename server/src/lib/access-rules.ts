import type { AccessLevel } from '../../../shared/contracts/tokens';

export type { AccessLevel };

export const READ_METHODS: readonly string[] = ['GET', 'HEAD'];

const PLUGIN_SCOPE = /^plugin::[^.]+$/;

/** read-only: GET and HEAD only; read-write: every method. Unknown levels allow nothing. */
export const isMethodAllowed = (level: AccessLevel, method: string): boolean => {
  if (level === 'read-write') return true;
  if (level === 'read-only') return READ_METHODS.includes(method.toUpperCase());
  return false;
};

/** Does one token scope cover one route scope? Exact match, or a plugin name covering its content types. */
export const scopeCovers = (tokenScope: string, routeScope: string): boolean =>
  tokenScope === routeScope ||
  (PLUGIN_SCOPE.test(tokenScope) && routeScope.startsWith(`${tokenScope}.`));

/**
 * Empty tokenScopes means every scope. Otherwise the route is allowed when ANY of its scopes is covered
 * (routeScopes are alternative names of what the route serves, e.g. `plugin::upload` and
 * `plugin::upload.file`). A route that cannot be attributed (no scopes) is allowed only for all-scope tokens.
 */
export const isScopeAllowed = (tokenScopes: readonly string[], routeScopes: readonly string[]): boolean => {
  if (tokenScopes.length === 0) return true;
  return routeScopes.some((routeScope) => tokenScopes.some((tokenScope) => scopeCovers(tokenScope, routeScope)));
};
