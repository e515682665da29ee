import { DEFAULT_RETRY_SCHEDULE_SECONDS, nextAttemptDelay } from './retry-schedule';
import { toTime } from '../../../shared/token-lifetime';
import { getPluginConfig } from '../utils';

import type { DeliveryRow } from '../data/hook-deliveries';
import type { SubscriptionRow } from '../data/hook-subscriptions';
import type { DeliveryAttempt } from '../../../shared/contracts/hooks';
import type { HookTables } from './collaborators';
import type { PostResult } from './guarded-client';
import type { DeliveryOutcome } from './sender';
import type { HookSubscriptions } from './subscriptions';

const MAX_LOGGED_ATTEMPTS = 25;

const attemptOf = (result: PostResult, at: Date): DeliveryAttempt => ({
  at: at.toISOString(),
  statusCode: result.ok ? result.status : null,
  error: result.ok ? (result.status >= 200 && result.status < 300 ? null : `HTTP ${result.status}`) : result.error,
  durationMs: result.durationMs,
});

/**
 * Writes what came of an attempt. Every write is conditional on the claim (`lockedBy`) still being ours,
 * so an instance whose lease ran out cannot overwrite the work of the one that took the delivery over.
 */
export const createHookOutcomes = ({
  strapi,
  deliveries,
  subscriptions,
  lifecycle,
}: Omit<HookTables, 'tokens'> & { lifecycle: Pick<HookSubscriptions, 'remove' | 'disable'> }) => {
  const write = (row: DeliveryRow, data: Partial<DeliveryRow>) => deliveries.settleClaimed(row, data);

  const attempted = (row: DeliveryRow, result: PostResult, at: Date): Partial<DeliveryRow> & { attempts: number } => ({
    attempts: (row.attempts ?? 0) + 1,
    attemptLog: [...(row.attemptLog ?? []), attemptOf(result, at)].slice(-MAX_LOGGED_ATTEMPTS),
    lastStatusCode: result.ok ? result.status : null,
    lastError: attemptOf(result, at).error,
  });

  const outcomes = {
    async succeeded(row: DeliveryRow, sub: SubscriptionRow, result: PostResult) {
      const now = new Date();
      await write(row, { ...attempted(row, result, now), status: 'succeeded', deliveredAt: now, nextAttemptAt: null });
      if (sub.failingSince || sub.consecutiveFailures) {
        await subscriptions.update(sub.id, { failingSince: null, consecutiveFailures: 0 });
      }
    },

    /** 410 Gone: the receiver asks to be forgotten. */
    async gone(row: DeliveryRow, sub: SubscriptionRow, token: { id: number; name: string }, result: PostResult) {
      const now = new Date();
      // Subscription first: once this delivery reads `dead`, the subscription is already gone.
      await lifecycle.remove(sub, token, '410 Gone');
      await write(row, {
        ...attempted(row, result, now),
        status: 'dead',
        nextAttemptAt: null,
        lastError: 'HTTP 410 Gone: subscription removed',
      });
    },

    async failed(row: DeliveryRow, claimedSub: SubscriptionRow, result: PostResult) {
      const now = new Date();
      const { retrySchedule, disableAfterFailingMs } = getPluginConfig(strapi).hooks;
      // Read again: the row loaded at claim time does not count the failures written since.
      const sub = (await subscriptions.findById(claimedSub.id)) ?? claimedSub;
      const done = attempted(row, result, now);
      const retryAfter = result.ok && (result.status === 429 || result.status === 503) ? result.retryAfter : null;
      const delay = nextAttemptDelay(done.attempts, retrySchedule ?? DEFAULT_RETRY_SCHEDULE_SECONDS, retryAfter, now);
      const failingSince = toTime(sub.failingSince) ?? now.getTime();
      const disable = now.getTime() - failingSince >= disableAfterFailingMs;
      const giveUp = delay === null || disable;
      // Subscription first: whoever sees this delivery's outcome also sees the subscription's.
      await subscriptions.update(sub.id, {
        failingSince: new Date(failingSince),
        consecutiveFailures: (sub.consecutiveFailures ?? 0) + 1,
      });
      if (disable) await lifecycle.disable(sub, `failing since ${new Date(failingSince).toISOString()}`);
      await write(row, {
        ...done,
        status: giveUp ? 'dead' : 'failed',
        nextAttemptAt: giveUp ? null : new Date(now.getTime() + (delay as number)),
      });
    },

    /** Nothing will ever send this one (subscription or token gone); no attempt is counted. */
    abandon: (row: DeliveryRow, reason: string) =>
      write(row, { status: 'dead', lastError: reason, nextAttemptAt: null }),

    /** Hands a claimed delivery back untouched (shutdown): the next poll, here or elsewhere, takes it. */
    release: (row: DeliveryRow) => write(row, { status: (row.attempts ?? 0) > 0 ? 'failed' : 'pending' }),
  };

  return {
    async record(outcome: DeliveryOutcome) {
      switch (outcome.kind) {
        case 'succeeded':
          return outcomes.succeeded(outcome.row, outcome.sub, outcome.result);
        case 'failed':
          return outcomes.failed(outcome.row, outcome.sub, outcome.result);
        case 'gone':
          return outcomes.gone(outcome.row, outcome.sub, outcome.token, outcome.result);
        case 'abandoned':
          return outcomes.abandon(outcome.row, outcome.reason);
        case 'released':
          return outcomes.release(outcome.row);
      }
    },
  };
};

export type HookOutcomes = ReturnType<typeof createHookOutcomes>;
