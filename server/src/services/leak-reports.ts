import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { clientBucket } from '../lib/client-address';
import { createFailureThrottle } from '../lib/failure-throttle';
import { heldValue } from '../lib/leak-match';
import type { TooManyRequests } from '../lib/rate-limit';
import { tokensTable, type TokenRow } from '../data/tokens';
import { getPluginConfig, getService } from '../utils';
import { ConflictError } from '../utils/errors';
import type { EndedValue } from './held-values';

import { REVOKE_REASONS } from '../../../shared/contracts/audit';

/** The one key of the global budget's counter. */
const GLOBAL = 'all clients';

/** The refusal of a report over a budget (`retryAfterMs` not null), naming whose budget it spent. */
const overBudget = (retryAfterMs: number | null, whose: string): TooManyRequests | null =>
  retryAfterMs === null
    ? null
    : {
        status: 429,
        message: `Too many leak reports ${whose}`,
        retryAfter: Math.max(1, Math.ceil(retryAfterMs / 1000)),
      };

/**
 * Leaked values reported by whoever found them (POST /api/access-tokens/revoke). The request only hashes the
 * values, so its answer and its duration do not depend on whether they were tokens; the lookup (one query for all
 * the hashes) and the revocations (of a replaced value, that value alone) start once the answer has been sent.
 *
 * Two budgets per window. Every report counts against its client's (an IPv4 address or an IPv6 /64), which keeps
 * one client from the database. Reports that need the database (any value but one with our prefix and a wrong
 * checksum, which no token can hold) also count against a global one, which bounds the work of all clients
 * together; one client takes at most its own budget of it, less than all of it (config/validate.ts).
 */
const createLeakReportsService = ({ strapi }: { strapi: Core.Strapi }) => {
  const { maxRequests, globalMaxRequests, windowMs } = getPluginConfig(strapi).leakReports;
  // Fixed-window counters: here every report counts, not only failures.
  const perClient = createFailureThrottle({ maxFailures: maxRequests, windowMs });
  const global = createFailureThrottle({ maxFailures: globalMaxRequests, windowMs, maxClients: 1 });
  const inFlight = new Set<Promise<void>>();

  /**
   * The whole token for its current value, only the grace period for a replaced one (services/held-values); null
   * when nothing was left to end. A failure is logged and leaves the other tokens of the report to go.
   */
  const endOne = async (row: TokenRow, hashes: Set<string>): Promise<EndedValue | null> => {
    try {
      return await getService('heldValues', { strapi }).endHeldValue(row.id, hashes, REVOKE_REASONS.reportedLeak);
    } catch (error) {
      // Revoked, archived or deleted by someone else meanwhile: nothing left to do.
      if (error instanceof ConflictError || error instanceof errors.NotFoundError) return null;
      strapi.log.warn(
        `[access-tokens] Could not revoke token ${row.id}, reported as leaked: ${(error as Error).message}`
      );
      return null;
    }
  };

  const revokeLive = async (hashes: Set<string>) => {
    const rows = await tokensTable(strapi).findAllByHash([...hashes]);
    const ended: EndedValue[] = [];
    for (const row of rows.filter((candidate) => heldValue(candidate, hashes))) {
      const result = await endOne(row, hashes);
      if (result) ended.push(result);
    }
    const rowsThat = (what: EndedValue['ended']) => ended.filter((end) => end.ended === what).map((end) => end.row);
    const notifier = getService('notifier', { strapi });
    notifier.tokensReportedLeaked(rowsThat('token'), new Date());
    notifier.previousKeysEnded(rowsThat('previous-key'), REVOKE_REASONS.reportedLeak, new Date());
  };

  return {
    /** Counts a report from `client`; its refusal when the client is over its budget, else null. */
    admit(client: string): TooManyRequests | null {
      const bucket = clientBucket(client);
      const refusal = overBudget(perClient.retryAfterMs(bucket), 'from this address');
      if (!refusal) perClient.recordFailure(bucket);
      return refusal;
    },

    /**
     * Hashes every value that could be a token (all but those with our prefix and a wrong checksum) the same way,
     * and returns the work to start once the answer is out: the lookup and the revocations. Only hashes are kept
     * until then. Null when no value could be a token: nothing to look up.
     */
    prepare(values: string[]): (() => void) | null {
      const keys = getService('keys', { strapi });
      const candidates = values.map((value) => value.trim()).filter((value) => !keys.isMalformed(value));
      if (candidates.length === 0) return null;
      // 0.1's hash too: a token not used since the upgrade is still stored under it (see key-migration).
      const hashes = new Set(candidates.flatMap((value) => [keys.hash(value), keys.legacyHash(value)]));
      return () => {
        const job = revokeLive(hashes)
          .catch((error: Error) => {
            strapi.log.warn(`[access-tokens] Could not process a leak report: ${error.message}`);
          })
          .finally(() => inFlight.delete(job));
        inFlight.add(job);
      };
    },

    /** Counts a report that needs the database against the global budget; its refusal when spent, else null. */
    admitLookup(): TooManyRequests | null {
      const refusal = overBudget(global.retryAfterMs(GLOBAL), 'from all clients; try again later');
      if (!refusal) global.recordFailure(GLOBAL);
      return refusal;
    },

    /** Lets reports being processed finish before the database closes. */
    async stop() {
      await Promise.all([...inFlight]);
    },
  };
};

export default createLeakReportsService;
