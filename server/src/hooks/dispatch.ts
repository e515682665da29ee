import { hostname } from 'node:os';

import { randomBase62 } from '../../../shared/base62';
import { createDeliveryLimiter, deliveryLimits, hostOf, type DeliveryKeys } from './delivery-limits';
import { getPluginConfig } from '../utils';

import type { DeliveryRow, DueRow } from '../data/hook-deliveries';
import type { CountDelivery, HookTables } from './collaborators';
import type { HookOutcomes } from './outcomes';
import type { HookRetention } from './retention';
import type { DeliveryOutcome, DeliveryTarget, HookSender } from './sender';

const keysOf = (row: DueRow): DeliveryKeys => ({
  subscriptionId: row.subscriptionId,
  tokenId: row.tokenId ?? null,
  host: hostOf(row.targetUrl),
});

/**
 * The delivery pipeline of this instance, in the order a delivery goes through it: claim (one conditional UPDATE
 * in data/hook-deliveries, so two instances never hold the same delivery), attempt (sender.ts: checks, signs and
 * POSTs through the guarded client), record (outcomes.ts: every write conditional on the claim). A claim is a
 * lease: a delivery left `delivering` by a killed process is taken again once it expires.
 */
export const createHookDispatcher = ({
  strapi,
  deliveries,
  subscriptions,
  tokens,
  send,
  outcomes,
  retention,
  countDelivery,
}: HookTables & {
  send: HookSender['attempt'];
  /** Called as `outcomes.record` at each write, so a test may replace it on the registered service. */
  outcomes: Pick<HookOutcomes, 'record'>;
  retention: Pick<HookRetention, 'pruneWhenDue' | 'dueNow'>;
  countDelivery: CountDelivery;
}) => {
  const instanceId = `${hostname()}:${process.pid}:${randomBase62(6)}`;
  const running = new Map<number, DeliveryKeys & { controller: AbortController; done: Promise<void> }>();
  let claims = 0;
  /** Outcomes of finished attempts, recorded by the next tick. */
  const settled: DeliveryOutcome[] = [];

  const config = () => getPluginConfig(strapi).hooks;
  const leaseMs = () => config().timeoutMs + Math.max(5_000, config().timeoutMs);

  /** 1. Claim: due deliveries for the free slots, within the limits per subscription, token and host. */
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
    const subs = await subscriptions.findByIds([...new Set(rows.map((row) => row.subscriptionId))]);
    const found = await tokens.findByIds([...new Set(subs.map((sub) => sub.tokenId))]);
    const tokensById = new Map(found.map((token) => [token.id, token]));
    return new Map(subs.map((sub) => [sub.id, { sub, token: tokensById.get(sub.tokenId) }]));
  };

  /** 2. Attempt: sends one claimed delivery in the background; its outcome waits in `settled` for the next tick. */
  const attempt = (row: DeliveryRow, target: DeliveryTarget) => {
    const controller = new AbortController();
    const done = send(row, target, controller.signal)
      .catch((error: Error): DeliveryOutcome => {
        strapi.log.error(`[access-tokens] Delivery ${row.webhookId} failed: ${error.message}`);
        return { kind: 'failed', row, sub: target.sub, result: { ok: false, error: 'Internal error', durationMs: 0 } };
      })
      .then((outcome) => {
        // Counted here, once per attempt: an outcome may be recorded twice (see recordAndClaim).
        countDelivery(target.sub.tokenId, outcome.kind);
        settled.push(outcome);
      })
      .finally(() => {
        running.delete(row.id);
        wake();
      });
    running.set(row.id, { ...keysOf(row), controller, done });
  };

  /**
   * 3. Record the outcomes settled since the last tick, and claim deliveries for the free slots, in one
   * transaction: one synced commit for a whole batch instead of one per delivery. Outcomes that settle while a
   * tick runs wait for the next one, so the busier the dispatcher, the larger its batches.
   */
  const recordAndClaim = async (batch: DeliveryOutcome[], claimMore: boolean): Promise<DeliveryRow[]> => {
    try {
      return await strapi.db.transaction(async () => {
        for (const outcome of batch) await outcomes.record(outcome);
        return claimMore ? claim() : [];
      });
    } catch (error) {
      if (batch.length === 0) throw error;
      // One write that fails must not cost the others their outcome: record them one at a time; claim next tick.
      strapi.log.warn(
        `[access-tokens] Writing ${batch.length} delivery outcomes together failed: ${(error as Error).message}`
      );
      for (const outcome of batch) {
        await outcomes
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

  // The loop: one tick records, claims and starts attempts; a settled attempt or a queued delivery wakes it.
  let timer: NodeJS.Timeout | undefined;
  let stopped = true;
  let ticking: Promise<void> | undefined;
  let tickAgain = false;

  const schedule = (delayMs: number) => {
    if (stopped) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(tick, delayMs);
    timer.unref();
  };

  const runTick = async () => {
    try {
      const claimed = await recordAndClaim(settled.splice(0), !stopped);
      if (stopped) {
        // Stopped while this tick claimed: hand those back (stop() records them) rather than start them.
        claimed.forEach((row) => settled.push({ kind: 'released', row }));
      } else if (claimed.length > 0) {
        const targets = await loadTargets(claimed);
        for (const row of claimed) {
          const target = targets.get(row.subscriptionId);
          if (target) attempt(row, target);
          else settled.push({ kind: 'abandoned', row, reason: 'Subscription removed' });
        }
      }
      if (!stopped) await retention.pruneWhenDue();
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
    ticking = runTick().finally(() => {
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
      retention.dueNow();
      schedule(0);
    },
    /** Stops polling, interrupts running attempts, hands their deliveries back and records every outcome. */
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

export type HookDispatcher = ReturnType<typeof createHookDispatcher>;
