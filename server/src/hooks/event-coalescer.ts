/**
 * Collects events that describe one change and hands them on once. Strapi emits an entry event per locale
 * and per draft / published version of a document; events with the same key that arrive within `windowMs`
 * of the first are merged, keeping the one `prefer` ranks highest.
 */
export interface CoalescerOptions<Event> {
  windowMs: number;
  keyOf: (event: Event) => string;
  /** Higher wins; ties keep the earlier event. */
  rank?: (event: Event) => number;
  flush: (events: Event[]) => void;
}

export const createEventCoalescer = <Event>({ windowMs, keyOf, rank = () => 0, flush }: CoalescerOptions<Event>) => {
  let pending = new Map<string, Event>();
  let timer: NodeJS.Timeout | undefined;

  const drain = () => {
    timer = undefined;
    const events = [...pending.values()];
    pending = new Map();
    if (events.length > 0) flush(events);
  };

  return {
    add(event: Event) {
      const key = keyOf(event);
      const current = pending.get(key);
      if (!current || rank(event) > rank(current)) pending.set(key, event);
      timer ??= setTimeout(drain, windowMs);
    },
    /** Hands on whatever is waiting now (used at shutdown). */
    drain() {
      if (timer) clearTimeout(timer);
      drain();
    },
    get size() {
      return pending.size;
    },
  };
};
