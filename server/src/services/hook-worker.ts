import { hostname } from 'node:os';

import type { Core } from '@strapi/strapi';

import { randomBase62 } from '../lib/base62';
import { getPluginConfig, getService } from '../utils';
import { HOOK_DELIVERY_UID, type DeliveryRow } from '../utils/hooks';

const DUE_STATUSES = ['pending', 'failed', 'delivering'];

/**
 * The delivery worker of this instance. Each poll claims due deliveries with one conditional UPDATE
 * (only rows whose lock is free or expired), then reads back the rows carrying its own claim id: the
 * database serialises competing UPDATEs of a row, so two instances never hold the same delivery.
 * A claim is a lease: a delivery left `delivering` by a killed process is taken again once it expires.
 */
const createHookWorkerService = ({ strapi }: { strapi: Core.Strapi }) => {
  const instanceId = `${hostname()}:${process.pid}:${randomBase62(6)}`;
  const deliveries = () => strapi.db.query(HOOK_DELIVERY_UID);
  const running = new Map<number, { subscriptionId: number; controller: AbortController; done: Promise<void> }>();
  let claims = 0;
  let timer: NodeJS.Timeout | undefined;
  let stopped = true;
  let polling = false;
  let pollAgain = false;

  const config = () => getPluginConfig(strapi).hooks;
  const leaseMs = () => config().timeoutMs + Math.max(5_000, config().timeoutMs);

  const claim = async (limit: number): Promise<DeliveryRow[]> => {
    const now = new Date();
    const due = {
      status: { $in: DUE_STATUSES },
      nextAttemptAt: { $lte: now },
      $or: [{ lockedUntil: { $null: true } }, { lockedUntil: { $lt: now } }],
    };
    // A subscription may hold at most half the slots: a target that hangs cannot stop deliveries to the others.
    const perSubscription = Math.max(1, Math.floor(config().concurrency / 2));
    const inFlight = new Map<number, number>();
    for (const { subscriptionId } of running.values()) inFlight.set(subscriptionId, (inFlight.get(subscriptionId) ?? 0) + 1);
    const saturated = [...inFlight].filter(([, count]) => count >= perSubscription).map(([subscriptionId]) => subscriptionId);
    const dueRows = (await deliveries().findMany({
      select: ['id', 'subscriptionId'],
      where: saturated.length ? { ...due, subscriptionId: { $notIn: saturated } } : due,
      orderBy: [{ nextAttemptAt: 'asc' }, { id: 'asc' }],
      limit: limit * 4,
    })) as { id: number; subscriptionId: number }[];
    const candidates: number[] = [];
    for (const { id, subscriptionId } of dueRows) {
      const count = inFlight.get(subscriptionId) ?? 0;
      if (count >= perSubscription) continue;
      inFlight.set(subscriptionId, count + 1);
      candidates.push(id);
      if (candidates.length === limit) break;
    }
    if (candidates.length === 0) return [];
    claims += 1;
    const lockedBy = `${instanceId}:${claims}`;
    await deliveries().updateMany({
      where: { ...due, id: { $in: candidates } },
      data: { status: 'delivering', lockedBy, lockedUntil: new Date(now.getTime() + leaseMs()) },
    });
    return (await deliveries().findMany({ where: { lockedBy } })) as DeliveryRow[];
  };

  const run = (row: DeliveryRow) => {
    const controller = new AbortController();
    const done = getService('hookSender', { strapi })
      .deliver(row, controller.signal)
      .then(() => undefined)
      .catch((error: Error) => {
        strapi.log.error(`[access-tokens] Delivery ${row.webhookId} failed: ${error.message}`);
      })
      .finally(() => {
        running.delete(row.id);
        wake();
      });
    running.set(row.id, { subscriptionId: row.subscriptionId, controller, done });
  };

  const schedule = (delayMs: number) => {
    if (stopped) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(poll, delayMs);
    timer.unref();
  };

  const poll = async () => {
    timer = undefined;
    if (stopped) return;
    if (polling) {
      pollAgain = true;
      return;
    }
    polling = true;
    try {
      const free = config().concurrency - running.size;
      if (free > 0) (await claim(free)).forEach(run);
    } catch (error) {
      strapi.log.warn(`[access-tokens] Hook delivery poll failed: ${(error as Error).message}`);
    } finally {
      polling = false;
      schedule(pollAgain ? 0 : config().pollIntervalMs);
      pollAgain = false;
    }
  };

  /** Polls now instead of at the next interval (new deliveries were queued, or a slot came free). */
  const wake = () => schedule(0);

  return {
    instanceId,
    wake,
    start() {
      stopped = false;
      schedule(0);
    },
    /** Stops polling, interrupts running attempts and hands their deliveries back. */
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      const current = [...running.values()];
      current.forEach(({ controller }) => controller.abort(new Error('Strapi is shutting down')));
      await Promise.all(current.map(({ done }) => done));
    },
  };
};

export type HookWorkerService = ReturnType<typeof createHookWorkerService>;
export default createHookWorkerService;
