import { pause, waitFor } from '../../../scripts/lib/wait-for';

export { waitFor };
export type { WaitOptions } from '../../../scripts/lib/wait-for';

/** Resolves once the clock has passed `instant` (a date or epoch milliseconds): for validity windows ending. */
export const untilPassed = async (instant: string | number | Date) => {
  const at = new Date(instant).getTime();
  while (Date.now() <= at) await pause(Math.min(50, at - Date.now() + 1));
};

/**
 * Sends `request` until `count` of them were sent at or after `bound` (epoch milliseconds), and returns the statuses
 * of those. For a guarantee such as "refused one second after the revocation": what a request answered when it was
 * sent after the bound, however long the machine takes to answer, rather than how soon an answer came back.
 */
export const statusesSentAfter = async (
  bound: number,
  request: () => Promise<{ status: number }>,
  { count = 3, timeoutMs = 20_000 } = {}
) => {
  const statuses: number[] = [];
  await waitFor(
    async () => {
      const sentAt = Date.now();
      const { status } = await request();
      if (sentAt >= bound) statuses.push(status);
      return statuses.length >= count;
    },
    { timeoutMs, intervalMs: 20, what: `${count} requests sent after the bound` }
  );
  return statuses;
};
