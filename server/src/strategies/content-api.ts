import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { isMethodAllowed, isScopeAllowed } from '../lib/access-rules';
import { deriveTokenStatus } from '../lib/token-status';
import { getService } from '../utils';
import { extractBearer } from './extract-bearer';

import type { TokenRow } from '../utils/token-dto';

export const STRATEGY_NAME = 'access-tokens';

/** `api::article.article.find` -> [`api::article.article`]; `plugin::upload.content-api.find` -> [`plugin::upload`, `plugin::upload.content-api`]. */
export const routeScopesOf = (actionScope: string): string[] => {
  const controllerUid = actionScope.slice(0, actionScope.lastIndexOf('.'));
  if (!controllerUid.startsWith('plugin::')) return [controllerUid];
  const pluginName = controllerUid.slice('plugin::'.length).split('.')[0];
  return [`plugin::${pluginName}`, controllerUid];
};

const REFUSALS: Partial<Record<ReturnType<typeof deriveTokenStatus>, string>> = {
  expired: 'Access token expired',
  scheduled: 'Access token not valid yet',
  revoked: 'Access token revoked',
  archived: 'Access token archived',
};

/**
 * Content-API strategy for this plugin's tokens. A Bearer value that is not ours yields
 * `{ authenticated: false }`, so built-in API tokens and users-permissions keep working.
 */
export const createContentApiStrategy = ({ strapi }: { strapi: Core.Strapi }) => {
  const authenticate = async (ctx: Parameters<Core.MiddlewareHandler>[0]) => {
    const value = extractBearer(ctx);
    const keys = getService('keys', { strapi });
    if (!value || !keys.hasOurPrefix(value)) return { authenticated: false };
    if (keys.isMalformed(value)) return { authenticated: false, error: new errors.UnauthorizedError('Malformed access token') };

    const token = await getService('tokens', { strapi }).findByValue(value);
    if (!token) return { authenticated: false, error: new errors.UnauthorizedError('Unknown access token') };

    const refusal = REFUSALS[deriveTokenStatus(token)];
    if (refusal) return { authenticated: false, error: new errors.UnauthorizedError(refusal) };

    return { authenticated: true, credentials: token };
  };

  /** Called by Strapi for every route with the route's action as `scope`. */
  const verify = (auth: { credentials?: TokenRow }, config: { scope?: string | string[] } = {}) => {
    const token = auth.credentials;
    if (!token) throw new errors.UnauthorizedError();
    if (deriveTokenStatus(token) !== 'active') throw new errors.UnauthorizedError();

    const method = strapi.requestContext.get()?.method ?? 'GET';
    if (!isMethodAllowed(token.accessLevel, method)) throw new errors.ForbiddenError('Read-only access token');

    const actions = config.scope === undefined ? [] : ([] as string[]).concat(config.scope);
    const allowed = actions.every((action) => isScopeAllowed(token.scopes ?? [], routeScopesOf(action)));
    if (!allowed) throw new errors.ForbiddenError('Outside the access token scopes');
  };

  return { name: STRATEGY_NAME, authenticate, verify };
};
