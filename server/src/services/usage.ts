import type { Core } from '@strapi/strapi';

import { UPSERT_BATCH, usageTable } from '../data/usage';
import { counterForStatus, daysEndingAt, type UsageCounter } from '../lib/usage-counts';
import { PendingUsage } from '../lib/usage-pending';
import { requestsLast24Hours, summarizeDays } from '../lib/usage-summary';
import { surfaceCounterOf, type SurfacePaths } from '../lib/usage-surfaces';
import { getPluginConfig } from '../utils';
import type { Ctx } from '../utils/koa';
import { surfacePathsOf } from '../utils/surface-paths';

type Next = () => Promise<unknown>;

/** Rows one prune deletes at most; a backlog goes in several small deletes. */
const PRUNE_BATCH = 1_000;
const PRUNE_INTERVAL_MS = 60 * 60 * 1000;

/**
 * Usage per token and UTC hour: requests by their final status and by surface (REST, GraphQL, MCP), hook delivery
 * attempts by their outcome.
 * Counting is a map operation in memory; a timer adds the counts to the database in batches (data/usage) and
 * prunes the days past `usage.retentionDays`. Reads add what this instance has not written yet.
 */
const createUsageService = ({ strapi }: { strapi: Core.Strapi }) => {
  const config = getPluginConfig(strapi).usage;
  const table = usageTable(strapi);
  const pending = new PendingUsage();
  /** The token a request was made with, set by the strategy once it knows (accepted or refused). */
  const tokenOfRequest = new WeakMap<object, number>();
  let timer: NodeJS.Timeout | undefined;
  let writing: Promise<void> = Promise.resolve();
  let nextPruneAt = 0;
  /** Read at the first request, once every plugin (GraphQL's endpoint) is configured. */
  let surfacePaths: SurfacePaths | undefined;

  const count = (tokenId: number, counter: UsageCounter, amount = 1) => {
    if (config.enabled) pending.add(tokenId, counter, new Date(), amount);
  };

  /** Batch by batch: a batch that fails goes back to the pending counts, with the ones not tried yet. */
  const write = async () => {
    const rows = pending.drain();
    for (let start = 0; start < rows.length; start += UPSERT_BATCH) {
      try {
        await table.add(rows.slice(start, start + UPSERT_BATCH));
      } catch (error) {
        pending.restore(rows.slice(start));
        strapi.log.warn(
          `[access-tokens] Writing token usage failed, kept for the next write: ${(error as Error).message}`
        );
        return;
      }
    }
  };

  /** One bounded batch of the days past the retention period; returns how many rows went. */
  const prune = () => table.removeBefore(daysEndingAt(new Date(), config.retentionDays)[0], PRUNE_BATCH);

  /** Once an hour; at every write while full batches show a backlog. */
  const pruneWhenDue = async () => {
    if (Date.now() < nextPruneAt) return;
    nextPruneAt = Date.now() + PRUNE_INTERVAL_MS;
    try {
      if ((await prune()) === PRUNE_BATCH) nextPruneAt = 0;
    } catch (error) {
      strapi.log.warn(`[access-tokens] Pruning token usage failed: ${(error as Error).message}`);
    }
  };

  /** One write at a time, in call order. */
  const flush = (): Promise<void> => {
    writing = writing.then(write);
    return writing;
  };

  return {
    count,

    /** Marks a request as made with this token: its response is counted by status (see middleware). */
    attribute(ctx: Ctx, tokenId: number | undefined) {
      if (tokenId !== undefined) tokenOfRequest.set(ctx, tokenId);
    },

    /** Outermost Koa middleware (registered before Strapi's): sees the final status, after the error handler. */
    middleware: async (ctx: Ctx, next: Next) => {
      try {
        await next();
      } finally {
        const tokenId = tokenOfRequest.get(ctx);
        if (tokenId !== undefined) {
          count(tokenId, counterForStatus(ctx.status));
          const surface = surfaceCounterOf(ctx.path, (surfacePaths ??= surfacePathsOf(strapi)));
          if (surface) count(tokenId, surface);
        }
      }
    },

    /** One hook delivery attempt: a 2xx, or anything else (timeout, refused address, 410, other status). */
    countDelivery(tokenId: number, outcome: string) {
      if (outcome === 'succeeded') count(tokenId, 'deliveries');
      else if (outcome === 'failed' || outcome === 'gone') count(tokenId, 'failedDeliveries');
    },

    flush,
    prune,

    /** The `days` days ending today (UTC), oldest first, zero-filled, pending counts included. */
    async daysOf(tokenId: number, days: number) {
      const now = new Date();
      const [first] = daysEndingAt(now, days);
      const rows = [...(await table.rowsOf([tokenId], first)), ...pending.of([tokenId])];
      return summarizeDays(rows, now, days);
    },

    /** Requests per token in the current UTC hour and the 23 before it, for a page of tokens: one query. */
    async requestsLast24Hours(tokenIds: number[]): Promise<Map<number, number>> {
      const now = new Date();
      const [yesterday] = daysEndingAt(now, 2);
      const rows = [...(await table.rowsOf(tokenIds, yesterday)), ...pending.of(tokenIds)];
      return requestsLast24Hours(rows, tokenIds, now);
    },

    /** A deleted token's counts, stored and pending (in the caller's transaction). */
    async removeOfToken(tokenId: number) {
      pending.forget(tokenId);
      await table.removeOfToken(tokenId);
    },

    start() {
      if (!config.enabled || timer) return;
      timer = setInterval(() => {
        flush().then(pruneWhenDue);
      }, config.flushIntervalMs);
      timer.unref();
    },

    /** Writes what is pending before the database closes. */
    async stop() {
      if (timer) clearInterval(timer);
      timer = undefined;
      await flush();
    },
  };
};

export type UsageService = ReturnType<typeof createUsageService>;
export default createUsageService;
