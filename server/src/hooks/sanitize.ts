import type { Core } from '@strapi/strapi';
import { traverseEntity } from '@strapi/utils';

import type { TokenRow } from '../data/tokens';
import { STRATEGY_NAME } from '../lib/route-scopes';
import type { PermissionsService } from '../permissions/service';

/** What Strapi's sanitizers call back to judge a relation: the content-API strategy's verify. */
export type VerifyAccess = (auth: { credentials?: TokenRow }, config?: { scope?: string | string[] }) => void;

/**
 * Sanitizes hook payloads as a token's own request would see them. Built once with the feature: the auth handed
 * to Strapi's sanitizer carries the one `verify`, not a strategy built per payload.
 */
export const createPayloadSanitizer = ({
  strapi,
  verify,
  mayRead,
  permissions,
}: {
  strapi: Core.Strapi;
  verify: VerifyAccess;
  /** May this token read `uid` through a find route of its own? */
  mayRead: (token: TokenRow, uid: string) => boolean;
  /** Custom tokens' field and locale rules. */
  permissions: Pick<PermissionsService, 'narrowOutput'>;
}) => {
  const strategy = { name: STRATEGY_NAME, verify };

  /**
   * The entry as the type's find route would give it to the token asked to populate: relations only to types the
   * token may read through a find route of their own, morph relations (targets vary per entry) never. Not the
   * route's default (no relations): Strapi's events carry every relation, and those the token could ask for
   * itself keep payloads useful without showing it anything more. Then the content-API output sanitizer with the
   * auth the token's request would have (private fields, Strapi's own relation checks), outside any request
   * context: `verify` would otherwise judge that request's method.
   */
  const forToken = async (token: TokenRow, uid: string, entry: unknown): Promise<Record<string, unknown>> => {
    const auth = { strategy, credentials: token };
    const schema = strapi.getModel(uid as Parameters<Core.Strapi['getModel']>[0]);
    const getModel = strapi.getModel.bind(strapi) as (target: string) => typeof schema;
    const dropUnreadable: Parameters<typeof traverseEntity>[0] = ({ key, attribute }, { remove }) => {
      if (attribute?.type !== 'relation') return;
      const target = (attribute as { target?: string }).target;
      if (!target || !mayRead(token, target)) remove(key);
    };
    let sanitized: unknown;
    await strapi.requestContext.run(undefined as never, async () => {
      const pruned = await traverseEntity(
        dropUnreadable,
        { schema, getModel },
        entry as Parameters<typeof traverseEntity>[2]
      );
      sanitized = await strapi.contentAPI.sanitize.output(pruned, schema, { auth });
    });
    // Outside a request, the content API's own narrowing (permissions/apply.ts) has no token to read: asked here.
    if (token.accessLevel !== 'custom') return sanitized as Record<string, unknown>;
    return permissions.narrowOutput(token, schema as never, sanitized as Record<string, unknown>);
  };

  return { forToken };
};

export type PayloadSanitizer = ReturnType<typeof createPayloadSanitizer>;
