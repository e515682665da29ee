import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { isMethodAllowed, isScopeAllowed } from '../lib/access-rules';
import { deriveTokenStatus } from '../lib/token-status';
import { PLUGIN_ID, getService } from '../utils';
import { extractBearer } from './extract-bearer';

import type { TokenRow } from '../utils/token-dto';

type Ctx = Parameters<Core.MiddlewareHandler>[0];

export const STRATEGY_NAME = 'access-tokens';
export const EXPIRATION_HEADER = 'Access-Token-Expiration';
export const REQUIRE_TOKEN_POLICY = `plugin::${PLUGIN_ID}.require-token`;

/** `api::article.article.find` -> [`api::article.article`]; `plugin::upload.content-api.find` -> [`plugin::upload`, `plugin::upload.content-api`]. */
export const routeScopesOf = (actionScope: string): string[] => {
  const controllerUid = actionScope.slice(0, actionScope.lastIndexOf('.'));
  if (!controllerUid.startsWith('plugin::')) return [controllerUid];
  const pluginName = controllerUid.slice('plugin::'.length).split('.')[0];
  return [`plugin::${pluginName}`, controllerUid];
};

const isOwnRoute = (action: string) => action.startsWith(`plugin::${PLUGIN_ID}.`);

const usesRequireTokenPolicy = (ctx: Ctx | undefined) =>
  ((ctx?.state.route?.config?.policies ?? []) as unknown[]).some(
    (policy) => policy === REQUIRE_TOKEN_POLICY || (policy as { name?: string })?.name === REQUIRE_TOKEN_POLICY
  );

/**
 * Content-API strategy for this plugin's tokens. Prefixed tokens are served before Strapi's own strategies
 * (serve-first.ts); custom values reach this strategy after them, as the last one registered. A Bearer value
 * that is not ours yields `{ authenticated: false }`, so built-in API tokens and users-permissions keep working.
 */
export const createContentApiStrategy = ({ strapi }: { strapi: Core.Strapi }) => {
  const authenticate = async (ctx: Ctx) => {
    const value = extractBearer(ctx);
    if (!value) return { authenticated: false };

    const result = await getService('authenticator', { strapi }).authenticate(value, getService('clientAddress', { strapi }).of(ctx));
    if (!result.ok) {
      if (result.status === 'not-ours') return { authenticated: false };
      if (result.status === 429) {
        ctx.set('Retry-After', String(result.retryAfterSeconds));
        throw new errors.RateLimitError(result.message, { retryAfterSeconds: result.retryAfterSeconds });
      }
      return { authenticated: false, error: new errors.UnauthorizedError(result.message) };
    }
    if (result.token.validTo) ctx.set(EXPIRATION_HEADER, new Date(result.token.validTo).toISOString());
    return { authenticated: true, credentials: result.token };
  };

  /**
   * Called by Strapi for every route, with the route's action as `scope`. The plugin's own routes (/me, hooks)
   * belong to every token; routes guarded by the require-token policy leave scopes to the policy.
   */
  const verify = (auth: { credentials?: TokenRow }, config: { scope?: string | string[] } = {}) => {
    const token = auth.credentials;
    if (!token || deriveTokenStatus(token) !== 'active') throw new errors.UnauthorizedError();

    const actions = config.scope === undefined ? [] : ([] as string[]).concat(config.scope);
    if (actions.length > 0 && actions.every(isOwnRoute)) return;

    const ctx = strapi.requestContext.get() as Ctx | undefined;
    if (!isMethodAllowed(token.accessLevel, ctx?.method ?? 'GET')) {
      throw new errors.ForbiddenError('This access token is read-only');
    }
    if (usesRequireTokenPolicy(ctx)) return;

    const allowed = actions.every((action) => isScopeAllowed(token.scopes ?? [], routeScopesOf(action)));
    if (!allowed) throw new errors.ForbiddenError('This route is outside the access token scopes');
  };

  return { name: STRATEGY_NAME, authenticate, verify };
};

export type ContentApiStrategy = ReturnType<typeof createContentApiStrategy>;
