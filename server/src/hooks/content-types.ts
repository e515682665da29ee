import type { Core } from '@strapi/strapi';

import { findGatesByType, mayCallAny, type FindGate, type RegisteredRoute } from '../lib/find-routes';
import { isSubscribableContentType } from './events';
import { REQUIRE_TOKEN_POLICY, STRATEGY_NAME, routeScopesOf } from '../lib/route-scopes';
import { PLUGIN_ID } from '../utils';

import type { TokenRow } from '../data/tokens';
import type { PermissionsService } from '../permissions/service';

/**
 * The content types hooks may read for a token: those with a content-API find route the token may call,
 * checked as its own request to that route would be. Routes are fixed once Strapi has registered them
 * (before plugins bootstrap), so they are read once, at bootstrap.
 */
export const createHookContentTypes = ({
  strapi,
  permissions,
}: {
  strapi: Core.Strapi;
  permissions: Pick<PermissionsService, 'can'>;
}) => {
  let gates: Map<string, FindGate[]> | undefined;

  const loaded = () => {
    if (!gates) throw new Error('[access-tokens] hook content types are read at bootstrap, which has not run');
    return gates;
  };

  /** A custom token reads a type with a find route when its permissions grant `find`, whatever the route's gates. */
  const mayRead = (token: TokenRow, uid: string) => {
    const found = loaded().get(uid);
    if (found === undefined) return false;
    return token.accessLevel === 'custom' ? permissions.can(token, uid, 'find') : mayCallAny(token, found);
  };

  return {
    async load() {
      const routesMap = (await strapi.contentAPI.getRoutesMap()) as Record<string, RegisteredRoute[]>;
      const uids = Object.keys(strapi.contentTypes).filter((uid) => isSubscribableContentType(uid, PLUGIN_ID));
      gates = findGatesByType(uids, Object.values(routesMap).flat(), {
        strategyName: STRATEGY_NAME,
        requireTokenPolicy: REQUIRE_TOKEN_POLICY,
        routeScopesOf,
      });
    },

    mayRead,

    /** Why this token may not subscribe to or sample `uid`, or null when it may. */
    problem(token: TokenRow, uid: string): string | null {
      if (!(uid in strapi.contentTypes) || !isSubscribableContentType(uid, PLUGIN_ID))
        return `unknown content type ${uid}`;
      if (!loaded().has(uid)) return `${uid} has no content-API find route that access tokens may call`;
      return mayRead(token, uid) ? null : `${uid} is outside the access token scopes`;
    },

    /** The application's types this token may read: what a subscription without a content type covers. */
    readableApiTypes: (token: TokenRow) =>
      [...loaded().keys()].filter((uid) => uid.startsWith('api::') && mayRead(token, uid)),
  };
};

export type HookContentTypes = ReturnType<typeof createHookContentTypes>;
