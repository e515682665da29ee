import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { deriveTokenStatus } from '../lib/token-status';
import { TOKEN_UID, getService } from '../utils';
import { HOOK_DELIVERY_UID, HOOK_SUBSCRIPTION_UID, iso, type DeliveryRow, type SubscriptionRow } from '../data/hook-subscriptions';
import { ConflictError } from '../utils/errors';
import { validateDeliveryListQuery, validateReplay } from '../validation/hooks';

import type { DeliveryAttempt, DeliveryListResponse, DeliveryStatus, HookDelivery, ReplayResponse } from '../../../shared/contracts/hooks';
import type { AdminUserLike } from '../utils/actor';
import type { TokenRow } from '../data/tokens';

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

/** A single retry takes any delivery not being sent; a replay only those that failed. */
const RETRYABLE: DeliveryStatus[] = ['pending', 'succeeded', 'failed', 'dead'];
const REPLAYABLE: DeliveryStatus[] = ['failed', 'dead'];

const skipConflict = (error: unknown) => {
  if (error instanceof ConflictError) return 0;
  throw error;
};

/** Admin view of the delivery queue: list with attempts, retry one, replay a subscription's failures. */
const createHookDeliveriesService = ({ strapi }: { strapi: Core.Strapi }) => {
  const deliveries = () => strapi.db.query(HOOK_DELIVERY_UID);

  return {
    async list(rawQuery: unknown): Promise<DeliveryListResponse> {
      const { status, subscriptionId, page, pageSize } = await validateDeliveryListQuery(rawQuery);
      const where = { ...(status ? { status } : {}), ...(subscriptionId ? { subscriptionId } : {}) };
      const [rows, total] = (await Promise.all([
        deliveries().findMany({ where, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], offset: (page - 1) * pageSize, limit: pageSize }),
        deliveries().count({ where }),
      ])) as [DeliveryRow[], number];
      return { data: rows.map(toDeliveryDto), meta: { pagination: { page, pageSize, pageCount: Math.ceil(total / pageSize), total } } };
    },

    /**
     * Queues a delivery again (now, or at `at`), with the same webhook-id (receivers deduplicate on it), if it is
     * still in one of the `from` statuses: a delivery the worker claimed meanwhile is never queued a second time.
     * Replaying a delivery of a disabled subscription re-enables that subscription: an admin asked for it.
     */
    async retry(id: number, { from = RETRYABLE, at = new Date() }: { from?: DeliveryStatus[]; at?: Date } = {}): Promise<HookDelivery> {
      const row = Number.isSafeInteger(id) ? ((await deliveries().findOne({ where: { id } })) as DeliveryRow | null) : null;
      if (!row) throw new errors.NotFoundError('Delivery not found');
      if (row.status === 'delivering') throw new ConflictError('This delivery is being sent right now', { status: row.status });
      if (!from.includes(row.status)) throw new ConflictError(`This delivery is ${row.status}`, { status: row.status });
      const sub = (await strapi.db.query(HOOK_SUBSCRIPTION_UID).findOne({ where: { id: row.subscriptionId } })) as SubscriptionRow | null;
      if (!sub) throw new ConflictError('The subscription of this delivery no longer exists', { subscriptionId: row.subscriptionId });
      const updated = (await strapi.db.transaction(async () => {
        if (sub.disabledAt) {
          await strapi.db.query(HOOK_SUBSCRIPTION_UID).update({ where: { id: sub.id }, data: { disabledAt: null, failingSince: null, consecutiveFailures: 0 } });
        }
        const { count } = await deliveries().updateMany({
          where: { id, status: { $in: from } },
          data: { status: 'pending', nextAttemptAt: at, lockedBy: null, lockedUntil: null, lastError: null },
        });
        if (count === 0) throw new ConflictError('This delivery changed meanwhile: it is being sent, or was removed', { id });
        return deliveries().findOne({ where: { id } });
      })) as DeliveryRow;
      getService('hookWorker', { strapi }).wake();
      return toDeliveryDto(updated);
    },

    /**
     * Sends again every failed or dead delivery of an enabled subscription created since `since`, each once, with its
     * webhook-id. Each is due at its creation time, so the worker, which claims by due time and then id, takes them
     * oldest first, whichever replay queued them and whatever else is due.
     */
    async replay(subscriptionId: number, body: unknown, admin: AdminUserLike): Promise<ReplayResponse['data']> {
      const sub = Number.isSafeInteger(subscriptionId)
        ? ((await strapi.db.query(HOOK_SUBSCRIPTION_UID).findOne({ where: { id: subscriptionId } })) as SubscriptionRow | null)
        : null;
      if (!sub) throw new errors.NotFoundError('Hook subscription not found');
      const { since } = await validateReplay(body);
      if (sub.disabledAt) {
        throw new errors.ValidationError('This subscription is disabled: retry one of its deliveries to enable it, then replay', { disabledAt: iso(sub.disabledAt) });
      }
      const token = (await strapi.db.query(TOKEN_UID).findOne({ where: { id: sub.tokenId } })) as TokenRow | null;
      const status = token ? deriveTokenStatus(token) : 'deleted';
      if (!token || status !== 'active') {
        throw new errors.ValidationError(`The access token of this subscription is ${status}: its deliveries cannot be sent`, { tokenStatus: status });
      }
      const rows = (await deliveries().findMany({
        select: ['id', 'createdAt'],
        where: { subscriptionId, status: { $in: REPLAYABLE }, createdAt: { $gte: since } },
        orderBy: { id: 'asc' },
      })) as Pick<DeliveryRow, 'id' | 'createdAt'>[];
      let replayed = 0;
      for (const { id, createdAt } of rows) {
        // Sent or queued again since it was listed (another replay, a retry): not doubled.
        replayed += await this.retry(id, { from: REPLAYABLE, at: new Date(createdAt) }).then(() => 1, skipConflict);
      }
      await getService('audit', { strapi }).record({
        action: 'hook.replay',
        token,
        hook: sub,
        actor: admin,
        changes: { since: { from: null, to: since.toISOString() }, replayed: { from: null, to: replayed } },
      });
      return { replayed };
    },
  };
};

export type HookDeliveriesService = ReturnType<typeof createHookDeliveriesService>;
export default createHookDeliveriesService;
