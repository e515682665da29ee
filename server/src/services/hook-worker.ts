import { hostname } from 'node:os';

import type { Core } from '@strapi/strapi';

import { randomBase62 } from '../../../shared/base62';
import { createDeliveryLimiter, deliveryLimits, hostOf, type DeliveryKeys } from '../lib/delivery-limits';
import { TOKEN_UID, getPluginConfig, getService } from '../utils';
import { HOOK_DELIVERY_UID, HOOK_SUBSCRIPTION_UID, type DeliveryRow, type SubscriptionRow } from '../utils/hooks';

import type { TokenRow } from '../utils/token-dto';
import type { DeliveryOutcome, DeliveryTarget } from './hook-sender';

const DUE_STATUSES = ['pending', 'failed', 'delivering'];

type DueRow = Pick<DeliveryRow, 'id' | 'subscriptionId' | 'tokenId' | 'targetUrl'>;

const keysOf = (row: DueRow): DeliveryKeys => ({ subscriptionId: row.subscriptionId, tokenId: row.tokenId ?? null, host: hostOf(row.targetUrl) });

/**
 * The delivery worker of this instance. Each tick claims due deliveries with one conditional UPDATE
 * (only rows whose lock is free or expired), then reads back the rows carrying its own claim id: the
 * database serialises competing UPDATEs of a row, so two instances never hold the same delivery.
 * A claim is a lease: a delivery left `delivering` by a killed process is taken again once it expires.
 */
const createHookWorkerService = ({ strapi }: { strapi: Core.Strapi }) => {
  const instanceId = `${hostname()}:${process.pid}:${randomBase62(6)}`;
  const deliveries = () => strapi.db.query(HOOK_DELIVERY_UID);
  const running = new Map<number, DeliveryKeys & { controller: AbortController; done: Promise<void> }>();
  let claims = 0;
  /** Outcomes of finished attempts, written by the next tick. */
  const settled: DeliveryOutcome[] = [];
  let timer: NodeJS.Timeout | undefined;
  let stopped = true;
  let ticking: Promise<void> | undefined;
  let tickAgain = false;

  const config = () => getPluginConfig(strapi).hooks;
  const leaseMs = () => config().timeoutMs + Math.max(5_000, config().timeoutMs);

  /** Due deliveries for the free slots, within the limits per subscription, token and host (lib/delivery-limits). */
  const claim = async (): Promise<DeliveryRow[]> => {
    const now = new Date();
    const due = {
      status: { $in: DUE_STATUSES },
      nextAttemptAt: { $lte: now },
      $or: [{ lockedUntil: { $null: true } }, { lockedUntil: { $lt: now } }],
    };
    const limiter = createDeliveryLimiter(deliveryLimits(config()), running.values());
    const free = limiter.free();
    if (free === 0) return [];
    const { subscriptionIds, tokenIds } = limiter.saturated();
    const skip = [
      ...(subscriptionIds.length ? [{ subscriptionId: { $notIn: subscriptionIds } }] : []),
      ...(tokenIds.length ? [{ $or: [{ tokenId: { $null: true } }, { tokenId: { $notIn: tokenIds } }] }] : []),
    ];
    const dueRows = (await deliveries().findMany({
      select: ['id', 'subscriptionId', 'tokenId', 'targetUrl'],
      where: skip.length ? { ...due, $and: skip } : due,
      orderBy: [{ nextAttemptAt: 'asc' }, { id: 'asc' }],
      limit: free * 4,
    })) as DueRow[];
    const candidates = limiter.pick(dueRows, keysOf).map((row) => row.id);
    if (candidates.length === 0) return [];
    claims += 1;
    const lockedBy = `${instanceId}:${claims}`;
    await deliveries().updateMany({
      where: { ...due, id: { $in: candidates } },
      data: { status: 'delivering', lockedBy, lockedUntil: new Date(now.getTime() + leaseMs()) },
    });
    return (await deliveries().findMany({ where: { lockedBy } })) as DeliveryRow[];
  };

  /** The subscriptions and tokens of claimed deliveries, two queries for the whole batch. */
  const loadTargets = async (rows: DeliveryRow[]): Promise<Map<number, DeliveryTarget>> => {
    const subIds = [...new Set(rows.map((row) => row.subscriptionId))];
    const subs = (await strapi.db.query(HOOK_SUBSCRIPTION_UID).findMany({ where: { id: { $in: subIds } } })) as SubscriptionRow[];
    const tokenIds = [...new Set(subs.map((sub) => sub.tokenId))];
    const tokens = (await strapi.db.query(TOKEN_UID).findMany({ where: { id: { $in: tokenIds } } })) as TokenRow[];
    const tokensById = new Map(tokens.map((token) => [token.id, token]));
    return new Map(subs.map((sub) => [sub.id, { sub, token: tokensById.get(sub.tokenId) }]));
  };

  const start = (row: DeliveryRow, target: DeliveryTarget) => {
    const controller = new AbortController();
    const done = getService('hookSender', { strapi })
      .attempt(row, target, controller.signal)
      .catch((error: Error): DeliveryOutcome => {
        strapi.log.error(`[access-tokens] Delivery ${row.webhookId} failed: ${error.message}`);
        return { kind: 'failed', row, sub: target.sub, result: { ok: false, error: 'Internal error', durationMs: 0 } };
      })
      .then((outcome) => {
        settled.push(outcome);
      })
      .finally(() => {
        running.delete(row.id);
        wake();
      });
    running.set(row.id, { ...keysOf(row), controller, done });
  };

  /**
   * Writes the outcomes settled since the last tick and claims deliveries for the free slots, in one
   * transaction: one synced commit for a whole batch instead of one per delivery. Outcomes that settle while a
   * tick runs wait for the next one, so the busier the worker, the larger its batches.
   */
  const writeAndClaim = async (outcomes: DeliveryOutcome[], claimMore: boolean): Promise<DeliveryRow[]> => {
    try {
      return await strapi.db.transaction(async () => {
        for (const outcome of outcomes) await getService('hookOutcomes', { strapi }).record(outcome);
        return claimMore ? claim() : [];
      });
    } catch (error) {
      if (outcomes.length === 0) throw error;
      // One write that fails must not cost the others their outcome: write them one at a time; claim next tick.
      strapi.log.warn(`[access-tokens] Writing ${outcomes.length} delivery outcomes together failed: ${(error as Error).message}`);
      for (const outcome of outcomes) {
        await getService('hookOutcomes', { strapi })
          .record(outcome)
          .catch((single: Error) => strapi.log.error(`[access-tokens] Delivery ${outcome.row.webhookId}: outcome not written: ${single.message}`));
      }
      return [];
    }
  };

  const schedule = (delayMs: number) => {
    if (stopped) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(tick, delayMs);
    timer.unref();
  };

  const writeAndStart = async () => {
    try {
      const outcomes = settled.splice(0);
      const claimed = await writeAndClaim(outcomes, !stopped);
      if (stopped) {
        // Stopped while this tick claimed: hand those back (stop() writes them) rather than start them.
        claimed.forEach((row) => settled.push({ kind: 'released', row }));
      } else if (claimed.length > 0) {
        const targets = await loadTargets(claimed);
        for (const row of claimed) {
          const target = targets.get(row.subscriptionId);
          if (target) start(row, target);
          else settled.push({ kind: 'abandoned', row, reason: 'Subscription removed' });
        }
      }
      if (!stopped) await getService('hookRetention', { strapi }).pruneWhenDue();
    } catch (error) {
      strapi.log.warn(`[access-tokens] Hook delivery poll failed: ${(error as Error).message}`);
    }
  };

  /** One tick at a time; a tick asked for while one runs follows it at once. */
  const tick = (): Promise<void> => {
    timer = undefined;
    if (ticking) {
      tickAgain = true;
      return ticking;
    }
    ticking = writeAndStart().finally(() => {
      ticking = undefined;
      schedule(tickAgain || settled.length > 0 ? 0 : config().pollIntervalMs);
      tickAgain = false;
    });
    return ticking;
  };

  /** Ticks now instead of at the next interval (new deliveries were queued, or an attempt settled). */
  const wake = () => schedule(0);

  return {
    instanceId,
    wake,
    start() {
      stopped = false;
      getService('hookRetention', { strapi }).dueNow();
      schedule(0);
    },
    /** Stops polling, interrupts running attempts, hands their deliveries back and writes every outcome. */
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await ticking;
      const current = [...running.values()];
      current.forEach(({ controller }) => controller.abort(new Error('Strapi is shutting down')));
      await Promise.all(current.map(({ done }) => done));
      if (settled.length > 0) await tick();
    },
  };
};

export type HookWorkerService = ReturnType<typeof createHookWorkerService>;
export default createHookWorkerService;
