import type { Core } from '@strapi/strapi';

import { iso, type DbDate } from '../lib/iso-date';
import { createStore, type PageRequest } from './store';

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

/** A subscription to create: everything but what the database fills in. */
export type NewSubscription = Pick<
  SubscriptionRow,
  'tokenId' | 'event' | 'contentType' | 'targetUrl' | 'secret' | 'consecutiveFailures'
>;

/** The hook subscription table: the only module that queries it. */
export const hookSubscriptionsTable = (strapi: Core.Strapi) => {
  const store = createStore<SubscriptionRow>(strapi, HOOK_SUBSCRIPTION_UID);
  return {
    findById: store.findById,
    findByIds: store.findByIds,
    /** Only when it belongs to `tokenId` (when given): a token never reaches another token's subscription. */
    findOwned: (id: number, tokenId?: number) =>
      Number.isSafeInteger(id) ? store.findOne({ where: { id, ...(tokenId === undefined ? {} : { tokenId }) } }) : null,
    ofToken: (tokenId: number) => store.findMany({ where: { tokenId }, orderBy: { id: 'asc' } }),
    countOfToken: (tokenId: number) => store.count({ tokenId }),
    /** The enabled subscriptions to any of `events`. */
    activeSubscriptionsFor: (events: string[]) =>
      store.findMany({ where: { event: { $in: events }, disabledAt: { $null: true } } }),
    /** One page of the admin list, newest first, optionally of one token. */
    page: (filter: { tokenId?: number }, request: PageRequest) =>
      store.page({ where: filter.tokenId ? { tokenId: filter.tokenId } : {}, orderBy: { id: 'desc' } }, request),
    /** Sealed secrets by id, `limit` at a time after `afterId` (key migration walks them all). */
    secretsAfter: (afterId: number, limit: number) =>
      store.select(['id', 'secret'], { where: { id: { $gt: afterId } }, orderBy: { id: 'asc' }, limit }),

    create: (data: NewSubscription) => store.create(data),
    update: (id: number, data: Partial<SubscriptionRow>) => store.update(id, data),
    /**
     * Writes `data` if the sealed secret is still `secret`: 0 when a concurrent rotation (or reseal) changed it
     * first, so one of two wins and the other is told, not lost.
     */
    replaceSecret: (id: number, secret: string, data: Partial<SubscriptionRow>) =>
      store.updateMany({ id, secret }, data),
    /** How many rows this statement removed: of two concurrent removals, only one sees 1. */
    remove: (id: number) => store.deleteMany({ id }),
  };
};

export type HookSubscriptionsTable = ReturnType<typeof hookSubscriptionsTable>;
