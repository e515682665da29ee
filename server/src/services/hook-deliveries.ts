import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { getService } from '../utils';
import { HOOK_DELIVERY_UID, HOOK_SUBSCRIPTION_UID, iso, type DeliveryRow, type SubscriptionRow } from '../utils/hooks';
import { ConflictError } from '../utils/errors';
import { validateDeliveryListQuery } from '../validation/hooks';

import type { DeliveryAttempt, DeliveryListResponse, HookDelivery } from '../../../shared/contracts/hooks';

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

/** Admin view of the delivery queue: list with attempts, and replay. */
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
     * Queues a delivery again now, with the same webhook-id (receivers deduplicate on it). Replaying a
     * delivery of a disabled subscription re-enables that subscription: an admin asked for it.
     */
    async retry(id: number): Promise<HookDelivery> {
      const row = Number.isSafeInteger(id) ? ((await deliveries().findOne({ where: { id } })) as DeliveryRow | null) : null;
      if (!row) throw new errors.NotFoundError('Delivery not found');
      if (row.status === 'delivering') throw new ConflictError('This delivery is being sent right now', { status: row.status });
      const sub = (await strapi.db.query(HOOK_SUBSCRIPTION_UID).findOne({ where: { id: row.subscriptionId } })) as SubscriptionRow | null;
      if (!sub) throw new ConflictError('The subscription of this delivery no longer exists', { subscriptionId: row.subscriptionId });
      const updated = (await strapi.db.transaction(async () => {
        if (sub.disabledAt) {
          await strapi.db.query(HOOK_SUBSCRIPTION_UID).update({ where: { id: sub.id }, data: { disabledAt: null, failingSince: null, consecutiveFailures: 0 } });
        }
        return deliveries().update({
          where: { id },
          data: { status: 'pending', nextAttemptAt: new Date(), lockedBy: null, lockedUntil: null, lastError: null },
        });
      })) as DeliveryRow;
      getService('hookWorker', { strapi }).wake();
      return toDeliveryDto(updated);
    },
  };
};

export type HookDeliveriesService = ReturnType<typeof createHookDeliveriesService>;
export default createHookDeliveriesService;
