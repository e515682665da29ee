/**
 * The hooks phase of the benchmark: write p99 with 0 and N subscriptions at a fixed write rate, then the drain rate
 * of queued deliveries on one instance.
 */
import { queueDeliveries } from './bulk';
import { measure, summarize, type Measurement } from './load';
import { startReceiver } from './receiver';
import { request, type Seeded } from './seed';
import { startServer } from './server';

import type { DrainRun, Results } from './results';

export interface HookProfile {
  /** Writes per second. */
  rate: number;
  seconds: number;
  rounds: number;
  subscriptions: number;
  /** Deliveries queued for each drain. */
  drain: number;
}

const log = (message: string) => process.stdout.write(`[bench] ${message}\n`);

/** Write p99 with 0 and N subscriptions at a fixed write rate, then the drain rate of queued deliveries. */
export const hooks = async (
  database: string,
  seeded: Seeded,
  { rate, seconds, rounds, subscriptions, drain }: HookProfile
): Promise<Results['hooks']> => {
  const receiver = await startReceiver();
  const body = { data: { title: 'Bench write', body: 'Written by the benchmark.' } };
  const write = (url: string) =>
    measure({
      url,
      path: '/api/articles',
      method: 'POST',
      body,
      tokens: [seeded.readWrite],
      seconds,
      connections: 4,
      rate,
    });
  const without: Measurement[] = [];
  const withSubs: Measurement[] = [];
  const drainedDuringWrites: number[] = [];
  // One token subscribes them all: above the plugin's default of 25 per token.
  const env = { ACCESS_TOKENS_HOOKS_MAX_SUBSCRIPTIONS_PER_TOKEN: String(subscriptions) };
  let server = await startServer({ database, cache: true, label: 'hooks', env });
  try {
    await write(server.url); // warm-up
    let ids: number[] = [];
    for (let round = 1; round <= rounds; round += 1) {
      for (const id of ids)
        await request(server.url, 'DELETE', `/api/access-tokens/hooks/${id}`, { jwt: seeded.readWrite });
      without.push(await write(server.url));
      ids = [];
      for (let i = 0; i < subscriptions; i += 1) {
        const hook = { targetUrl: receiver.url, event: 'entry.create', contentType: 'api::article.article' };
        ids.push(
          (await request(server.url, 'POST', '/api/access-tokens/hooks', { jwt: seeded.readWrite, body: hook })).data.id
        );
      }
      receiver.reset();
      const measured = await write(server.url);
      withSubs.push(measured);
      const expected = (measured.requests - measured.failures) * subscriptions;
      const drained = await receiver.waitFor(expected, 300_000);
      await receiver.settle(1000);
      drainedDuringWrites.push((receiver.count() - 1) / Math.max(0.001, (receiver.last() - receiver.first()) / 1000));
      log(
        `hooks round ${round}: p99 ${without.at(-1)?.p99} ms without, ${measured.p99} ms with ${subscriptions} subscriptions; ${receiver.count()}/${expected} delivered${drained ? '' : ' (timed out)'}`
      );
    }
    await server.stop();
    // The drain: to one subscription (which may use half the worker's slots) and spread over all of them; on
    // SQLite's default rollback journal (a synced write per transaction) and in WAL mode.
    const drains: DrainRun[] = [];
    for (const spread of ['one', 'all'] as const) {
      for (const journal of ['delete', 'wal'] as const) {
        const spreadOver = queueDeliveries(database, drain, journal, spread);
        receiver.reset();
        server = await startServer({ database, cache: true, label: `hooks-drain-${spread}-${journal}` });
        const complete = await receiver.waitFor(drain, 600_000);
        const drainSeconds = (receiver.last() - receiver.first()) / 1000;
        await server.stop();
        const perSecond = (receiver.count() - 1) / Math.max(0.001, drainSeconds);
        drains.push({
          journal,
          subscriptions: spreadOver,
          queued: drain,
          delivered: receiver.count(),
          complete,
          seconds: drainSeconds,
          perSecond,
        });
        log(
          `drain (${spreadOver} subscriptions, journal ${journal}): ${receiver.count()}/${drain} deliveries in ${drainSeconds.toFixed(1)} s`
        );
      }
    }
    return {
      subscriptions,
      writeRate: rate,
      without: summarize(without),
      with: summarize(withSubs),
      deliveriesPerSecondWhileWriting: drainedDuringWrites,
      drains,
    };
  } finally {
    await server.stop();
    await receiver.close();
  }
};
