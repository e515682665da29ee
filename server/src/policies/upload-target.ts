import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { isScopeAllowed } from '../lib/access-rules';
import { STRATEGY_NAME } from '../lib/route-scopes';
import { getService, PLUGIN_ID } from '../utils';

import type { TokenRow } from '../data/tokens';

const POLICY = 'upload-target';

export interface UploadPolicyContext {
  state: { auth?: { strategy?: { name?: string }; credentials?: unknown } };
  request: { body?: { ref?: unknown; refId?: unknown; field?: unknown } };
}

/**
 * `POST /api/upload` links the new file to any entry named by `ref`, `refId` and `field` (Strapi's upload keeps
 * those body fields unvalidated): a write to that entry. With one of our tokens, the token's scopes must cover
 * the type `ref` names, as they would cover an update of it; a token without scopes covers the app's types only.
 * A custom token (whose scopes are empty, not "all") must hold `update` on that type, in the entry's locale.
 * Strapi's own tokens and users keep Strapi's rules.
 */
const uploadTarget = async (
  { state, request }: UploadPolicyContext,
  _config: unknown,
  { strapi }: { strapi: Core.Strapi }
) => {
  if (state.auth?.strategy?.name !== STRATEGY_NAME) return true;
  const ref = request.body?.ref;
  if (ref === undefined) return true;
  const token = state.auth.credentials as TokenRow;
  // The plugin's own tables are no token's, whatever it names (as verify refuses their actions).
  const ownTable = typeof ref === 'string' && ref.startsWith(`plugin::${PLUGIN_ID}.`);
  const permissions = getService('permissions', { strapi });
  const covered = permissions.customTokenOf(state.auth)
    ? (ref: string) => permissions.mayUpdateEntry(token, ref, request.body?.refId, request.body?.field)
    : (ref: string) => isScopeAllowed(token.scopes ?? [], [ref]);
  if (typeof ref === 'string' && !ownTable && (await covered(ref))) return true;
  throw new errors.PolicyError('The access token does not cover the entry this file would be linked to', {
    policy: POLICY,
  });
};

/** Puts the policy on the upload plugin's content-API upload route, before Strapi builds its router. */
export const guardUploadTargets = (strapi: Core.Strapi) => {
  const routes = (strapi.plugin('upload')?.routes as Record<string, { routes?: Core.Route[] }> | undefined)?.[
    'content-api'
  ]?.routes;
  const upload = routes?.find((route) => route.handler === 'content-api.upload');
  if (!upload) return;
  upload.config = {
    ...upload.config,
    policies: [...(upload.config?.policies ?? []), `plugin::${PLUGIN_ID}.${POLICY}`],
  };
};

export default uploadTarget;
