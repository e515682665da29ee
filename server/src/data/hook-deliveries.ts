import type { Core } from '@strapi/strapi';

import { iso, type DbDate } from '../lib/iso-date';
import { createStore, type PageRequest } from './store';

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

/** What the dispatcher reads of a due delivery before it claims it. */
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
/** Finished: never written again (a replay makes a row pending, which moves its updatedAt). */
const FINISHED = ['succeeded', 'dead'];
/** Still to be sent: what a removed or disabled subscription abandons. */
const QUEUED = ['pending', 'failed'];

/** Due now, and not claimed, or claimed by a lease that ran out (a killed process). */
const dueWhere = (now: Date) => ({
  status: { $in: DUE_STATUSES },
  nextAttemptAt: { $lte: now },
  $or: [{ lockedUntil: { $null: true } }, { lockedUntil: { $lt: now } }],
});

/** A delivery to queue: everything but what the database fills in. */
export type NewDelivery = Omit<
  DeliveryRow,
  'id' | 'createdAt' | 'updatedAt' | 'lockedUntil' | 'lockedBy' | 'lastStatusCode' | 'lastError' | 'deliveredAt'
>;

/** The hook delivery table: the only module that queries it. */
export const hookDeliveriesTable = (strapi: Core.Strapi) => {
  const store = createStore<DeliveryRow>(strapi, HOOK_DELIVERY_UID);
  return {
    findById: store.findById,
    enqueue: (rows: NewDelivery[]) => store.createMany(rows),

    /** One page of the admin list, newest first, optionally of one status or one subscription. */
    page: (filter: { status?: DeliveryRow['status']; subscriptionId?: number }, request: PageRequest) =>
      store.page(
        {
          where: {
            ...(filter.status ? { status: filter.status } : {}),
            ...(filter.subscriptionId ? { subscriptionId: filter.subscriptionId } : {}),
          },
          orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        },
        request
      ),

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

    /** Writes an outcome and ends the claim, if the claim is still `row`'s: 0 when another instance took it over. */
    settleClaimed: (row: DeliveryRow, data: Partial<DeliveryRow>) =>
      store.updateMany({ id: row.id, lockedBy: row.lockedBy }, { ...data, lockedBy: null, lockedUntil: null }),

    /** Queues a delivery again at `at`, if it is still in one of the `from` statuses: 0 when it is not. */
    requeue: (id: number, from: DeliveryRow['status'][], at: Date) =>
      store.updateMany(
        { id, status: { $in: from } },
        { status: 'pending', nextAttemptAt: at, lockedBy: null, lockedUntil: null, lastError: null }
      ),

    /** A subscription's deliveries in one of `statuses` created since `since`, oldest first. */
    replayable: (subscriptionId: number, statuses: DeliveryRow['status'][], since: Date) =>
      store.select(['id', 'createdAt'], {
        where: { subscriptionId, status: { $in: statuses }, createdAt: { $gte: since } },
        orderBy: { id: 'asc' },
      }),

    /** Marks what is still queued for a subscription as dead (history stays visible to admins). */
    abandonQueued: (subscriptionId: number, reason: string) =>
      store.updateMany(
        { subscriptionId, status: { $in: QUEUED } },
        { status: 'dead', lastError: reason, nextAttemptAt: null }
      ),

    /** Up to `limit` finished deliveries last written before `cutoff`, oldest first. */
    prunable: (cutoff: Date, limit: number) =>
      store.select(['id'], {
        where: { status: { $in: FINISHED }, updatedAt: { $lt: cutoff } },
        orderBy: { id: 'asc' },
        limit,
      }),

    /** Deletes those of `ids` still finished; answers how many went. */
    deleteFinished: (ids: number[]) => store.deleteMany({ id: { $in: ids }, status: { $in: FINISHED } }),
  };
};

export type HookDeliveriesTable = ReturnType<typeof hookDeliveriesTable>;
