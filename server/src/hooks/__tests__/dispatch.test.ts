import type { Core } from '@strapi/strapi';

import { createHookDispatcher } from '../dispatch';

import type { DeliveryRow } from '../../data/hook-deliveries';
import type { SubscriptionRow } from '../../data/hook-subscriptions';
import type { TokenRow } from '../../data/tokens';
import type { HookTables } from '../collaborators';
import type { DeliveryOutcome, DeliveryTarget } from '../sender';

const HOOKS = {
  timeoutMs: 1_000,
  pollIntervalMs: 60_000,
  concurrency: 4,
  concurrencyPerToken: 4,
  concurrencyPerHost: 4,
};

const strapi = {
  log: { error: jest.fn(), warn: jest.fn() },
  db: { transaction: <T>(work: () => Promise<T>) => work() },
  config: { get: () => ({ hooks: HOOKS }) },
} as unknown as Core.Strapi;

const delivery = (id: number, subscriptionId: number) =>
  ({ id, subscriptionId, tokenId: 7, webhookId: `msg_${id}`, targetUrl: 'https://hooks.example/in' }) as DeliveryRow;
const sub = { id: 1, tokenId: 7 } as SubscriptionRow;
const token = { id: 7 } as TokenRow;

/** The tables as the dispatcher uses them: `due` lists the queue, `claim` takes from it. */
const fakeTables = (queue: DeliveryRow[]) =>
  ({
    strapi,
    deliveries: {
      due: async () => queue,
      claim: async (ids: number[]) => queue.splice(0).filter((row) => ids.includes(row.id)),
    },
    subscriptions: { findByIds: async (ids: number[]) => [sub].filter((row) => ids.includes(row.id)) },
    tokens: { findByIds: async () => [token] },
  }) as unknown as HookTables;

const recorder = (expected: number) => {
  const recorded: DeliveryOutcome[] = [];
  let done: () => void;
  const all = new Promise<void>((resolve) => (done = resolve));
  const record = async (outcome: DeliveryOutcome) => {
    recorded.push(outcome);
    if (recorded.length === expected) done();
  };
  return { recorded, all, record };
};

const retention = { pruneWhenDue: async () => undefined, dueNow: () => undefined };

describe('the delivery pipeline', () => {
  it('claims due deliveries, attempts each with its target, records and counts what came of it', async () => {
    const { recorded, all, record } = recorder(2);
    const countDelivery = jest.fn();
    const send = jest.fn(
      async (row: DeliveryRow, target: DeliveryTarget): Promise<DeliveryOutcome> => ({
        kind: 'succeeded',
        row,
        sub: target.sub,
        result: { ok: true, status: 204, retryAfter: null, durationMs: 1 },
      })
    );
    const dispatcher = createHookDispatcher({
      ...fakeTables([delivery(1, 1), delivery(2, 99)]),
      send,
      outcomes: { record },
      retention,
      countDelivery,
    });
    dispatcher.start();
    await all;
    await dispatcher.stop();

    expect(send).toHaveBeenCalledTimes(1);
    expect(send.mock.calls[0].slice(0, 2)).toEqual([delivery(1, 1), { sub, token }]);
    // Delivery 2's subscription is gone: nothing is sent, and it is recorded as abandoned.
    expect(recorded.map(({ kind, row }) => [kind, row.id]).sort()).toEqual([
      ['abandoned', 2],
      ['succeeded', 1],
    ]);
    expect(countDelivery).toHaveBeenCalledWith(7, 'succeeded');
  });

  it('hands an attempt in flight back when stopped, and records it as released', async () => {
    const { recorded, record } = recorder(1);
    let started: () => void;
    const sending = new Promise<void>((resolve) => (started = resolve));
    const send = (row: DeliveryRow, _target: DeliveryTarget, signal: AbortSignal) =>
      new Promise<DeliveryOutcome>((resolve) => {
        started();
        signal.addEventListener('abort', () => resolve({ kind: 'released', row }));
      });
    const dispatcher = createHookDispatcher({
      ...fakeTables([delivery(3, 1)]),
      send,
      outcomes: { record },
      retention,
      countDelivery: () => undefined,
    });
    dispatcher.start();
    await sending;
    await dispatcher.stop();

    expect(recorded).toEqual([{ kind: 'released', row: delivery(3, 1) }]);
  });
});
