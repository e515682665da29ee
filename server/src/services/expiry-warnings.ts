import type { Core } from '@strapi/strapi';

import { dueThreshold, expiresSoonWindowDays, thresholdsOrDefault, warningPending } from '../lib/expiry-thresholds';
import { tokensTable, type TokenRow } from '../data/tokens';
import { getPluginConfig, getService } from '../utils';

import { DAY_MS } from '../../../shared/token-lifetime';

/** Tokens one query reads; a check reads them all, batch after batch, so warned ones never hide the rest. */
const BATCH = 500;

/**
 * Emails the creator and the super admins when an active token comes within a threshold of its end
 * (`expiryWarnings`). Every instance checks; each warning is claimed by a conditional UPDATE of the token's
 * `expiryWarnedDays` before it is sent, which only one instance wins, so it goes out once. A mail that then
 * fails is logged, not retried. An edit of validTo clears the claim (services/tokens).
 */
const createExpiryWarningsService = ({ strapi }: { strapi: Core.Strapi }) => {
  const config = () => getPluginConfig(strapi).expiryWarnings;
  const tokens = tokensTable(strapi);
  let timer: NodeJS.Timeout | undefined;
  let checking: Promise<void> | undefined;

  const warnDue = async (rows: TokenRow[], now: Date, thresholds: number[]) => {
    for (const row of rows) {
      const due = dueThreshold(row.validTo, now, thresholds);
      // Claimed before it is sent: only one instance wins the claim of a warning on the token's current end.
      if (due === null || !warningPending(due, row.expiryWarnedDays ?? null)) continue;
      if (!(await tokens.claimExpiryWarning(row, due))) continue;
      // A due threshold means validTo is set.
      await getService('notifier', { strapi })
        .tokenExpiresSoon(row, new Date(row.validTo as Date | string))
        .catch((error: Error) => {
          strapi.log.warn(`[access-tokens] Could not email the expiry warning of token ${row.id}: ${error.message}`);
        });
    }
  };

  const check = async (now = new Date()) => {
    const thresholds = thresholdsOrDefault(config().thresholdsDays);
    const until = new Date(now.getTime() + expiresSoonWindowDays(thresholds) * DAY_MS);
    for (let offset = 0; ; offset += BATCH) {
      const rows = await tokens.activeEndingBy(until, now, { offset, limit: BATCH });
      await warnDue(rows, now, thresholds);
      if (rows.length < BATCH) return;
    }
  };

  const tick = () => {
    checking = check()
      .catch((error: Error) => {
        strapi.log.warn(`[access-tokens] Expiry-warning check failed: ${error.message}`);
      })
      .finally(() => {
        checking = undefined;
      });
  };

  return {
    check,

    /** Checks now and every `checkIntervalMs`, when enabled and an email provider is configured. */
    start() {
      if (!config().enabled || !getService('notifier', { strapi }).emailConfigured()) return;
      tick();
      timer = setInterval(() => checking ?? tick(), config().checkIntervalMs);
      timer.unref();
    },

    async stop() {
      if (timer) clearInterval(timer);
      timer = undefined;
      await checking;
    },
  };
};

export type ExpiryWarningsService = ReturnType<typeof createExpiryWarningsService>;
export default createExpiryWarningsService;
