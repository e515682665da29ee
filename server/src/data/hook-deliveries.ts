import type { Core } from '@strapi/strapi';

import { createStore, iso, type DbDate } from './store';

import type { DeliveryAttempt, HookDelivery } from '../../../shared/contracts/hooks';

export const HOOK_DELIVERY_UID = 'plugin::access-tokens.hook-delivery';

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
  nextAttemptAt: DbDate | null;
  lockedUntil: DbDate | null;
  lockedBy: string | null;
  lastStatusCode: number | null;
  lastError: string | null;
  deliveredAt: DbDate | null;
  createdAt: DbDate;
  updatedAt: DbDate;
}

/** What the worker reads of a due delivery before it claims it. */
export type DueRow = Pick<DeliveryRow, 'id' | 'subscriptionId' | 'tokenId' | 'targetUrl'>;

export const toDeliveryDto = (row: DeliveryRow): HookDelivery => ({
  id: row.id,
  subscriptionId: row.subscriptionId,
  tokenId: row.tokenId ?? null,
  webhookId: row.webhookId,
  event: row.event as HookDelivery['event'],
  contentType: row.contentType ?? null,
  targetUrl: row.targetUrl ?? null,
  status: row.status,
  attempts: row.attempts ?? 0,
  attemptLog: (row.attemptLog ?? []) as DeliveryAttempt[],
  nextAttemptAt: iso(row.nextAttemptAt),
  lastStatusCode: row.lastStatusCode ?? null,
  lastError: row.lastError ?? null,
  deliveredAt: iso(row.deliveredAt),
  createdAt: iso(row.createdAt) as string,
  updatedAt: iso(row.updatedAt) as string,
});

const DUE_STATUSES = ['pending', 'failed', 'delivering'];

/** Due now, and not claimed, or claimed by a lease that ran out (a killed process). */
const dueWhere = (now: Date) => ({
  status: { $in: DUE_STATUSES },
  nextAttemptAt: { $lte: now },
  $or: [{ lockedUntil: { $null: true } }, { lockedUntil: { $lt: now } }],
});

/** The hook delivery table: the only module that queries it. */
export const hookDeliveriesTable = (strapi: Core.Strapi) => {
  const store = createStore<DeliveryRow>(strapi, HOOK_DELIVERY_UID);
  return {
    ...store,

    /** Due deliveries, first due first, but for the subscriptions and tokens already sending their most. */
    async due(now: Date, busy: { subscriptionIds: number[]; tokenIds: number[] }, limit: number): Promise<DueRow[]> {
      const skip = [
        ...(busy.subscriptionIds.length ? [{ subscriptionId: { $notIn: busy.subscriptionIds } }] : []),
        ...(busy.tokenIds.length
          ? [{ $or: [{ tokenId: { $null: true } }, { tokenId: { $notIn: busy.tokenIds } }] }]
          : []),
      ];
      const where = skip.length ? { ...dueWhere(now), $and: skip } : dueWhere(now);
      return store.select(['id', 'subscriptionId', 'tokenId', 'targetUrl'], {
        where,
        orderBy: [{ nextAttemptAt: 'asc' }, { id: 'asc' }],
        limit,
      });
    },

    /**
     * Claims those of `ids` still due with one conditional UPDATE, then reads back the rows carrying this claim:
     * the database serialises competing UPDATEs of a row, so two instances never hold the same delivery.
     */
    async claim(ids: number[], now: Date, lockedBy: string, lockedUntil: Date): Promise<DeliveryRow[]> {
      await store.updateMany({ ...dueWhere(now), id: { $in: ids } }, { status: 'delivering', lockedBy, lockedUntil });
      return store.findMany({ where: { lockedBy } });
    },
  };
};
