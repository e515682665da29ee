import type { Core } from '@strapi/strapi';

import { auditEntriesTable } from '../data/audit-entries';
import { getPluginConfig } from '../utils';

import { DAY_MS } from '../../../shared/token-lifetime';

/** Rows one prune deletes at most: a backlog goes in several small deletes, never one long one. */
const PRUNE_BATCH = 1_000;
const PRUNE_INTERVAL_MS = 60 * 60 * 1000;

/**
 * Deletes audit entries older than `audit.retentionDays` (at least 30), at start-up and once an hour on every
 * instance; idempotent, so instances pruning at once delete each row once. The revocation poll reads only entries
 * newer than the last one it saw (less than a second old), so it never misses a pruned one; the newest entry is
 * always kept, so that no database can hand out its id again to an entry the poll would then never read.
 */
const createAuditRetentionService = ({ strapi }: { strapi: Core.Strapi }) => {
  const entries = auditEntriesTable(strapi);
  let timer: NodeJS.Timeout | undefined;
  let pruning: Promise<void> | undefined;
  let stopping = false;

  /** One bounded batch; returns how many rows went. */
  const prune = async (now = new Date()): Promise<number> => {
    const cutoff = new Date(now.getTime() - getPluginConfig(strapi).audit.retentionDays * DAY_MS);
    return entries.removeOlderThan(cutoff, await entries.newestId(), PRUNE_BATCH);
  };

  /** Batch after batch until none is full, or the app stops. */
  const pruneAll = async () => {
    while (!stopping && (await prune()) === PRUNE_BATCH);
  };

  const tick = () => {
    pruning = pruneAll()
      .catch((error: Error) => {
        strapi.log.warn(`[access-tokens] Pruning old audit entries failed: ${error.message}`);
      })
      .finally(() => {
        pruning = undefined;
      });
  };

  return {
    prune,

    start() {
      stopping = false;
      tick();
      timer = setInterval(() => pruning ?? tick(), PRUNE_INTERVAL_MS);
      timer.unref();
    },

    /** Lets a prune under way finish its batch before the database closes. */
    async stop() {
      stopping = true;
      if (timer) clearInterval(timer);
      timer = undefined;
      await pruning;
    },
  };
};

export type AuditRetentionService = ReturnType<typeof createAuditRetentionService>;
export default createAuditRetentionService;
