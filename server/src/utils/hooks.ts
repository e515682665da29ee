import type { Core } from '@strapi/strapi';

import { createContentApiStrategy } from '../strategies/content-api';

import type { TokenRow } from './token-dto';

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

export const iso = (value: Date | string | null | undefined): string | null =>
  value == null ? null : new Date(value).toISOString();

/**
 * The auth a token's request would have, for the content-API output sanitizer (relations the token may not
 * read are removed). Run outside any request context: the strategy would otherwise judge that request's method.
 */
export const sanitizeForToken = async (strapi: Core.Strapi, uid: string, entry: unknown, token: TokenRow) => {
  const auth = { strategy: createContentApiStrategy({ strapi }), credentials: token };
  const schema = strapi.getModel(uid as Parameters<Core.Strapi['getModel']>[0]);
  let sanitized: unknown;
  await strapi.requestContext.run(undefined as never, async () => {
    sanitized = await strapi.contentAPI.sanitize.output(entry as Record<string, unknown>, schema, { auth });
  });
  return sanitized as Record<string, unknown>;
};
