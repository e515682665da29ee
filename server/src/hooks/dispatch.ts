import { hostname } from 'node:os';

import type { Core } from '@strapi/strapi';

import { hookDeliveriesTable, type DeliveryRow, type DueRow } from '../data/hook-deliveries';
import { hookSubscriptionsTable } from '../data/hook-subscriptions';
import { tokensTable } from '../data/tokens';
import { randomBase62 } from '../../../shared/base62';
import { createDeliveryLimiter, deliveryLimits, hostOf, type DeliveryKeys } from '../lib/delivery-limits';
import { getPluginConfig, getService } from '../utils';

import type { DeliveryOutcome, DeliveryTarget } from './hook-sender';

const keysOf = (row: DueRow): DeliveryKeys => ({
  subscriptionId: row.subscriptionId,
  tokenId: row.tokenId ?? null,
  host: hostOf(row.targetUrl),
});

/**
 * The delivery worker of this instance. Each tick claims due deliveries (data/hook-deliveries: one conditional
 * UPDATE, so two instances never hold the same delivery) and starts them. A claim is a lease: a delivery left
 * `delivering` by a killed process is taken again once it expires.
 */
const createHookWorkerService = ({ strapi }: { strapi: Core.Strapi }) => {
  const instanceId = `${hostname()}:${process.pid}:${randomBase62(6)}`;
  const deliveries = hookDeliveriesTable(strapi);
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
    const limiter = createDeliveryLimiter(deliveryLimits(config()), running.values());
    const free = limiter.free();
    if (free === 0) return [];
    const dueRows = await deliveries.due(now, limiter.saturated(), free * 4);
    const candidates = limiter.pick(dueRows, keysOf).map((row) => row.id);
    if (candidates.length === 0) return [];
    claims += 1;
    return deliveries.claim(candidates, now, `${instanceId}:${claims}`, new Date(now.getTime() + leaseMs()));
  };

  /** The subscriptions and tokens of claimed deliveries, two queries for the whole batch. */
  const loadTargets = async (rows: DeliveryRow[]): Promise<Map<number, DeliveryTarget>> => {
    const subIds = [...new Set(rows.map((row) => row.subscriptionId))];
    const subs = await hookSubscriptionsTable(strapi).findByIds(subIds);
    const tokens = await tokensTable(strapi).findByIds([...new Set(subs.map((sub) => sub.tokenId))]);
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
        // Counted here, once per attempt: an outcome may be written twice (see writeAndClaim).
        getService('usage', { strapi }).countDelivery(target.sub.tokenId, outcome.kind);
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
      strapi.log.warn(
        `[access-tokens] Writing ${outcomes.length} delivery outcomes together failed: ${(error as Error).message}`
      );
      for (const outcome of outcomes) {
        await getService('hookOutcomes', { strapi })
          .record(outcome)
          .catch((single: Error) =>
            strapi.log.error(
              `[access-tokens] Delivery ${outcome.row.webhookId}: outcome not written: ${single.message}`
            )
          );
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

export default createHookWorkerService;
