import type { Core } from '@strapi/strapi';

import { createStore, iso, type DbDate } from './store';

import type { AdminHookSubscription, HookSubscription } from '../../../shared/contracts/hooks';

export const HOOK_SUBSCRIPTION_UID = 'plugin::access-tokens.hook-subscription';

export interface SubscriptionRow {
  id: number;
  tokenId: number;
  event: string;
  contentType: string | null;
  targetUrl: string;
  secret: string;
  failingSince: DbDate | null;
  consecutiveFailures: number | null;
  disabledAt: DbDate | null;
  createdAt: DbDate;
  /** Sealed, like `secret`: the secret a rotation replaced, still signing until `previousSecretExpiresAt`. */
  previousSecret?: string | null;
  previousSecretExpiresAt?: DbDate | null;
}

export const toSubscriptionDto = (row: SubscriptionRow): HookSubscription => ({
  id: row.id,
  event: row.event as HookSubscription['event'],
  contentType: row.contentType ?? null,
  targetUrl: row.targetUrl,
  createdAt: iso(row.createdAt) as string,
});

export const toAdminSubscriptionDto = (row: SubscriptionRow, tokenName: string | null): AdminHookSubscription => ({
  ...toSubscriptionDto(row),
  tokenId: row.tokenId,
  tokenName,
  failingSince: iso(row.failingSince),
  consecutiveFailures: row.consecutiveFailures ?? 0,
  disabledAt: iso(row.disabledAt),
});

/** The hook subscription table: the only module that queries it. */
export const hookSubscriptionsTable = (strapi: Core.Strapi) =>
  createStore<SubscriptionRow>(strapi, HOOK_SUBSCRIPTION_UID);
