import { createEventCoalescer } from './event-coalescer';
import { isHookEvent, isSubscribableContentType, newWebhookId, type HookEvent } from './events';
import { deriveTokenStatus } from '../lib/token-status';
import { toTime } from '../../../shared/token-lifetime';
import { PLUGIN_ID } from '../utils';

import type { NewDelivery } from '../data/hook-deliveries';
import type { HookTables } from './collaborators';
import type { HookPayloads } from './payloads';
import type { HookSubscriptions } from './subscriptions';

interface ContentEvent {
  event: HookEvent;
  uid: string;
  entry: Record<string, unknown>;
  at: Date;
}

/** Versions of one document that Strapi reports within this window are one change. */
const COALESCE_WINDOW_MS = 150;

const keyOf = (event: ContentEvent) =>
  `${event.event}|${event.uid}|${String(event.entry.documentId ?? event.entry.id)}`;

/**
 * Listens to Strapi's entry events and queues one delivery per matching subscription, in the database.
 * No HTTP here: the dispatcher sends. Strapi emits per locale and per draft / published version; those are
 * merged into one change (the published version is preferred, as the one readers saw).
 */
export const createHookEnqueuer = ({
  strapi,
  deliveries,
  subscriptions,
  tokens: tokensTable,
  payloads,
  removeSubscription,
  wake,
}: HookTables & {
  payloads: Pick<HookPayloads, 'build' | 'covers' | 'inAllowedLocale'>;
  removeSubscription: HookSubscriptions['remove'];
  /** Tells the dispatcher deliveries were queued. */
  wake: () => void;
}) => {
  let unsubscribe: (() => void) | undefined;
  const inFlight = new Set<Promise<void>>();

  const enqueue = async (events: ContentEvent[]) => {
    const subs = await subscriptions.activeSubscriptionsFor([...new Set(events.map((event) => event.event))]);
    if (subs.length === 0) return;
    const tokenIds = [...new Set(subs.map((sub) => sub.tokenId))];
    const tokens = new Map((await tokensTable.findByIds(tokenIds)).map((t) => [t.id, t]));

    const entries = new Map<string, Promise<Record<string, unknown>>>();
    const rows: NewDelivery[] = [];
    const orphans = subs.filter((sub) => !tokens.has(sub.tokenId));
    for (const change of events) {
      for (const sub of subs) {
        const token = tokens.get(sub.tokenId);
        if (sub.event !== change.event || !token || deriveTokenStatus(token) !== 'active') continue;
        // Read after the merge window: a subscription made inside it did not exist when the change was made.
        if ((toTime(sub.createdAt) ?? 0) > change.at.getTime()) continue;
        if (!payloads.covers(token, sub.contentType, change.uid)) continue;
        if (!payloads.inAllowedLocale(token, change.uid, change.entry)) continue;
        const id = newWebhookId();
        const cacheKey = `${token.id}|${keyOf(change)}`;
        if (!entries.has(cacheKey)) {
          entries.set(
            cacheKey,
            payloads
              .build({
                id,
                event: change.event,
                createdAt: change.at,
                contentType: change.uid,
                entry: change.entry,
                token,
              })
              .then((p) => p.entry)
          );
        }
        const payload = {
          id,
          event: change.event,
          createdAt: change.at.toISOString(),
          contentType: change.uid,
          entry: await entries.get(cacheKey),
        };
        rows.push({
          subscriptionId: sub.id,
          tokenId: token.id,
          webhookId: id,
          event: change.event,
          contentType: change.uid,
          targetUrl: sub.targetUrl,
          payload: JSON.stringify(payload),
          status: 'pending',
          attempts: 0,
          attemptLog: [],
          nextAttemptAt: change.at,
        });
      }
    }
    if (rows.length > 0) await deliveries.enqueue(rows);
    for (const orphan of orphans) await removeSubscription(orphan, null, 'token deleted');
    if (rows.length > 0) wake();
  };

  const track = (work: Promise<void>) => {
    const tracked = work
      .catch((error: Error) => {
        strapi.log.error(`[access-tokens] Could not queue hook deliveries: ${error.message}`);
      })
      .finally(() => inFlight.delete(tracked));
    inFlight.add(tracked);
  };

  const coalescer = createEventCoalescer<ContentEvent>({
    windowMs: COALESCE_WINDOW_MS,
    keyOf,
    rank: (event) => (event.entry.publishedAt ? 1 : 0),
    flush: (events) => track(enqueue(events)),
  });

  const onEvent = (name: string, ...args: unknown[]) => {
    if (!isHookEvent(name)) return;
    const { uid, entry } = (args[0] ?? {}) as { uid?: string; entry?: Record<string, unknown> };
    if (!uid || !entry || !isSubscribableContentType(uid, PLUGIN_ID)) return;
    coalescer.add({ event: name, uid, entry, at: new Date() });
  };

  return {
    start() {
      unsubscribe ??= strapi.eventHub.subscribe(onEvent as Parameters<typeof strapi.eventHub.subscribe>[0]);
    },
    /** Stops listening and queues what is still waiting in the merge window. */
    async stop() {
      unsubscribe?.();
      unsubscribe = undefined;
      coalescer.drain();
      await Promise.all([...inFlight]);
    },
  };
};

export type HookEnqueuer = ReturnType<typeof createHookEnqueuer>;
