import type { Core } from '@strapi/strapi';
import { errors, traverseEntity } from '@strapi/utils';

import { deriveTokenStatus } from '../lib/token-status';
import { createContentApiStrategy } from '../strategies/content-api';
import { TOKEN_UID } from '../utils';

import type { TokenRow } from './tokens';

export const HOOK_SUBSCRIPTION_UID = 'plugin::access-tokens.hook-subscription';
export const HOOK_DELIVERY_UID = 'plugin::access-tokens.hook-delivery';

export interface SubscriptionRow {
  id: number;
  tokenId: number;
  event: string;
  contentType: string | null;
  targetUrl: string;
  secret: string;
  failingSince: Date | string | null;
  consecutiveFailures: number | null;
  disabledAt: Date | string | null;
  createdAt: Date | string;
  /** Sealed, like `secret`: the secret a rotation replaced, still signing until `previousSecretExpiresAt`. */
  previousSecret?: string | null;
  previousSecretExpiresAt?: Date | string | null;
}

export interface DeliveryRow {
  id: number;
  subscriptionId: number;
  tokenId: number | null;
  webhookId: string;
  event: string;
  contentType: string | null;
  targetUrl: string | null;
  payload: string;
  status: 'pending' | 'delivering' | 'succeeded' | 'failed' | 'dead';
  attempts: number | null;
  attemptLog: unknown[] | null;
  nextAttemptAt: Date | string | null;
  lockedUntil: Date | string | null;
  lockedBy: string | null;
  lastStatusCode: number | null;
  lastError: string | null;
  deliveredAt: Date | string | null;
  createdAt: Date | string;
  updatedAt: Date | string;
}

type Transaction = Parameters<ReturnType<Core.Strapi['db']['getConnection']>['transacting']>[0];

/**
 * Locks a token's row until the transaction ends (SELECT ... FOR UPDATE), so that changes to what the token
 * holds are made one after another. SQLite has a single connection and so one transaction at a time.
 */
const lockTokenRow = (strapi: Core.Strapi, trx: Transaction, id: number) =>
  strapi.db.getConnection(strapi.db.metadata.get(TOKEN_UID).tableName).transacting(trx).where({ id }).forUpdate().select('id');

/**
 * Locks the token's row and checks, under the lock, that the value the request authenticated with is still the
 * token's current one and the token still active. A regeneration that drops the token's hooks, or a revocation,
 * may commit while a request authenticated just before it is still running: what that request creates must not
 * outlive it.
 */
export const lockCurrentToken = async (strapi: Core.Strapi, trx: Transaction, token: TokenRow) => {
  await lockTokenRow(strapi, trx, token.id);
  const current = (await strapi.db.query(TOKEN_UID).findOne({ where: { id: token.id } })) as TokenRow | null;
  if (!current || current.keyHash !== token.keyHash || deriveTokenStatus(current) !== 'active') {
    throw new errors.UnauthorizedError('This access token was regenerated or ended while the request ran');
  }
};

export const iso = (value: Date | string | null | undefined): string | null =>
  value == null ? null : new Date(value).toISOString();

/**
 * The entry as the type's find route would give it to the token asked to populate: relations only to types the
 * token may read through a find route of their own (`readable`), morph relations (targets vary per entry) never.
 * Not the route's default (no relations): Strapi's events carry every relation, and those the token could ask
 * for itself keep payloads useful without showing it anything more. Then the content-API output sanitizer with
 * the auth the token's request would have (private fields, Strapi's own relation checks), outside any request
 * context: the strategy would otherwise judge that request's method.
 */
export const sanitizeForToken = async (strapi: Core.Strapi, uid: string, entry: unknown, token: TokenRow, readable: (target: string) => boolean) => {
  const auth = { strategy: createContentApiStrategy({ strapi }), credentials: token };
  const schema = strapi.getModel(uid as Parameters<Core.Strapi['getModel']>[0]);
  const getModel = strapi.getModel.bind(strapi) as (target: string) => typeof schema;
  const dropUnreadable: Parameters<typeof traverseEntity>[0] = ({ key, attribute }, { remove }) => {
    if (attribute?.type !== 'relation') return;
    const target = (attribute as { target?: string }).target;
    if (!target || !readable(target)) remove(key);
  };
  let sanitized: unknown;
  await strapi.requestContext.run(undefined as never, async () => {
    const pruned = await traverseEntity(dropUnreadable, { schema, getModel }, entry as Parameters<typeof traverseEntity>[2]);
    sanitized = await strapi.contentAPI.sanitize.output(pruned, schema, { auth });
  });
  return sanitized as Record<string, unknown>;
};
