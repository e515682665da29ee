import { getPluginConfig } from '../utils';

import type { HookTables } from './collaborators';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Rows one prune deletes at most: a backlog goes in several small deletes, never one long one. */
const PRUNE_BATCH = 1_000;
/** Once an hour; every few seconds while full batches show a backlog. */
const PRUNE_INTERVAL_MS = 60 * 60 * 1000;
const PRUNE_CATCH_UP_MS = 5_000;

/**
 * Deletes finished deliveries (succeeded, dead) older than `hooks.retentionDays`, for the dispatcher. A finished
 * row is not written again (a replay makes it pending, which moves its updatedAt), so updatedAt is when it
 * finished. Idempotent: instances pruning at the same time delete the same rows once.
 */
export const createHookRetention = ({ strapi, deliveries }: Pick<HookTables, 'strapi' | 'deliveries'>) => {
  let nextAt = 0;

  /** One bounded batch; returns how many rows went. */
  const prune = async (now = new Date()): Promise<number> => {
    const cutoff = new Date(now.getTime() - getPluginConfig(strapi).hooks.retentionDays * DAY_MS);
    const old = await deliveries.prunable(cutoff, PRUNE_BATCH);
    if (old.length === 0) return 0;
    await deliveries.deleteFinished(old.map((row) => row.id));
    return old.length;
  };

  return {
    prune,

    /** Prunes if due; a failure is logged and waits for the next interval. */
    async pruneWhenDue() {
      if (Date.now() < nextAt) return;
      nextAt = Date.now() + PRUNE_INTERVAL_MS;
      try {
        if ((await prune()) === PRUNE_BATCH) nextAt = Date.now() + PRUNE_CATCH_UP_MS;
      } catch (error) {
        strapi.log.warn(`[access-tokens] Pruning finished hook deliveries failed: ${(error as Error).message}`);
      }
    },

    /** The next pruneWhenDue prunes (a worker that starts). */
    dueNow() {
      nextAt = 0;
    },
  };
};

export type HookRetention = ReturnType<typeof createHookRetention>;
