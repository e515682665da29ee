import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { isMethodAllowed, isScopeAllowed, type AccessLevel } from '../lib/access-rules';
import { STRATEGY_NAME } from '../lib/route-scopes';
import { getService } from '../utils';

import type { TokenRow } from '../data/tokens';

export interface RequireTokenConfig {
  /** The least access level the route needs. */
  access?: AccessLevel;
  /** Scopes the token must cover (any one of them). */
  scopes?: string[];
}

/**
 * `plugin::access-tokens.require-token`: a custom route accepts only this plugin's tokens,
 * of at least the given access level and covering the given scopes.
 */
const requireToken = (
  policyContext: {
    state: { auth?: { strategy?: { name?: string }; credentials?: unknown } };
    request?: { method?: string };
  },
  config: RequireTokenConfig = {},
  { strapi }: { strapi: Core.Strapi }
) => {
  const auth = policyContext.state.auth;
  if (auth?.strategy?.name !== STRATEGY_NAME) {
    throw new errors.PolicyError('This route needs an access token', { policy: 'require-token' });
  }
  const token = auth.credentials as TokenRow;
  const permissions = getService('permissions', { strapi });
  if (permissions.customTokenOf(auth)) {
    const scopes = config.scopes ?? [];
    // verify leaves policy-scoped routes to this policy: a method that writes needs an action that writes, as a
    // read-only token's level would refuse it.
    const writes = !isMethodAllowed('read-only', policyContext.request?.method ?? 'GET');
    const needs =
      writes || config.access === 'read-write' ? 'write' : config.access === 'read-only' ? 'read' : undefined;
    // A custom token: judged by its grants. Without scopes, verify has already judged the route's own action.
    if (scopes.length > 0 && !permissions.coversScopes(token, scopes, needs)) {
      throw new errors.PolicyError('The access token does not cover this route', { policy: 'require-token' });
    }
    return true;
  }
  if (config.access === 'read-write' && !isMethodAllowed(token.accessLevel, 'POST')) {
    throw new errors.PolicyError('This route needs a read-write access token', { policy: 'require-token' });
  }
  if (config.scopes?.length && !isScopeAllowed(token.scopes ?? [], config.scopes)) {
    throw new errors.PolicyError('The access token does not cover this route', { policy: 'require-token' });
  }
  return true;
};

export default requireToken;
