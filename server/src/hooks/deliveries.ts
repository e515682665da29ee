import { errors } from '@strapi/utils';

import { deriveTokenStatus } from '../lib/token-status';
import { toDeliveryDto, type DeliveryRow } from '../data/hook-deliveries';
import { iso } from '../lib/iso-date';
import { ConflictError } from '../utils/errors';

import type {
  ValidDeliveryListQuery,
  DeliveryListResponse,
  DeliveryStatus,
  HookDelivery,
  ReplayResponse,
} from '../../../shared/contracts/hooks';
import type { AdminUserLike } from '../utils/actor';
import type { AuditLog, HookTables } from './collaborators';
import { SUBSCRIPTION_NOT_FOUND } from './subscriptions';

/** A single retry takes any delivery not being sent; a replay only those that failed. */
const RETRYABLE: DeliveryStatus[] = ['pending', 'succeeded', 'failed', 'dead'];
const REPLAYABLE: DeliveryStatus[] = ['failed', 'dead'];

const skipConflict = (error: unknown) => {
  if (error instanceof ConflictError) return 0;
  throw error;
};

/** Admin view of the delivery queue: list with attempts, retry one, replay a subscription's failures. */
export const createHookDeliveries = ({
  strapi,
  deliveries,
  subscriptions,
  tokens,
  audit,
  wake,
}: HookTables & { audit: AuditLog; wake: () => void }) => {
  return {
    async list({ status, subscriptionId, page, pageSize }: ValidDeliveryListQuery): Promise<DeliveryListResponse> {
      const { rows, pagination } = await deliveries.page({ status, subscriptionId }, { page, pageSize });
      return { data: rows.map(toDeliveryDto), meta: { pagination } };
    },

    /**
     * Queues a delivery again (now, or at `at`), with the same webhook-id (receivers deduplicate on it), if it is
     * still in one of the `from` statuses: a delivery the dispatcher claimed meanwhile is never queued a second time.
     * Replaying a delivery of a disabled subscription re-enables that subscription: an admin asked for it. An
     * admin's own retry (`admin`) is audited as `hook.retry`, with whether it re-enabled the subscription; a
     * replay audits itself.
     */
    async retry(
      id: number,
      { from = RETRYABLE, at = new Date(), admin }: { from?: DeliveryStatus[]; at?: Date; admin?: AdminUserLike } = {}
    ): Promise<HookDelivery> {
      const row = await deliveries.findById(id);
      if (!row) throw new errors.NotFoundError('Delivery not found');
      if (row.status === 'delivering')
        throw new ConflictError('This delivery is being sent right now', { status: row.status });
      if (!from.includes(row.status)) throw new ConflictError(`This delivery is ${row.status}`, { status: row.status });
      const sub = await subscriptions.findById(row.subscriptionId);
      if (!sub)
        throw new ConflictError('The subscription of this delivery no longer exists', {
          subscriptionId: row.subscriptionId,
        });
      const reenables = Boolean(sub.disabledAt);
      const updated = (await strapi.db.transaction(async () => {
        if (reenables)
          await subscriptions.update(sub.id, { disabledAt: null, failingSince: null, consecutiveFailures: 0 });
        const count = await deliveries.requeue(id, from, at);
        if (count === 0)
          throw new ConflictError('This delivery changed meanwhile: it is being sent, or was removed', { id });
        if (admin) {
          const [token = null] = await tokens.refsByIds([sub.tokenId]);
          await audit.record({
            action: 'hook.retry',
            token,
            hook: sub,
            actor: admin,
            changes: { deliveryId: { from: null, to: id }, reenabledSubscription: { from: null, to: reenables } },
          });
        }
        return deliveries.findById(id);
      })) as DeliveryRow;
      wake();
      return toDeliveryDto(updated);
    },

    /**
     * Sends again every failed or dead delivery of an enabled subscription created since `since`, each once, with its
     * webhook-id. Each is due at its creation time, so the dispatcher, which claims by due time and then id, takes them
     * oldest first, whichever replay queued them and whatever else is due.
     */
    async replay(subscriptionId: number, since: Date, admin: AdminUserLike): Promise<ReplayResponse['data']> {
      const sub = await subscriptions.findById(subscriptionId);
      if (!sub) throw new errors.NotFoundError(SUBSCRIPTION_NOT_FOUND);
      if (sub.disabledAt) {
        throw new errors.ValidationError(
          'This subscription is disabled: retry one of its deliveries to enable it, then replay',
          { disabledAt: iso(sub.disabledAt) }
        );
      }
      const token = await tokens.findById(sub.tokenId);
      const status = token ? deriveTokenStatus(token) : 'deleted';
      if (!token || status !== 'active') {
        throw new errors.ValidationError(
          `The access token of this subscription is ${status}: its deliveries cannot be sent`,
          { tokenStatus: status }
        );
      }
      const rows = await deliveries.replayable(subscriptionId, REPLAYABLE, since);
      let replayed = 0;
      for (const { id, createdAt } of rows) {
        // Sent or queued again since it was listed (another replay, a retry): not doubled.
        replayed += await this.retry(id, { from: REPLAYABLE, at: new Date(createdAt) }).then(() => 1, skipConflict);
      }
      await audit.record({
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

export type HookDeliveries = ReturnType<typeof createHookDeliveries>;
