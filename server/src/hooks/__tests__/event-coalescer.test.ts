import { createEventCoalescer } from '../event-coalescer';

interface Event {
  key: string;
  published: boolean;
  n: number;
}

describe('event coalescer', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  const setup = () => {
    const flushed: Event[][] = [];
    const coalescer = createEventCoalescer<Event>({
      windowMs: 100,
      keyOf: (event) => event.key,
      rank: (event) => (event.published ? 1 : 0),
      flush: (events) => flushed.push(events),
    });
    return { flushed, coalescer };
  };

  it('hands on one event per key after the window, preferring the higher rank', () => {
    const { flushed, coalescer } = setup();
    coalescer.add({ key: 'a', published: false, n: 1 });
    coalescer.add({ key: 'a', published: true, n: 2 });
    coalescer.add({ key: 'a', published: false, n: 3 });
    coalescer.add({ key: 'b', published: false, n: 4 });
    jest.advanceTimersByTime(99);
    expect(flushed).toEqual([]);
    jest.advanceTimersByTime(1);
    expect(flushed).toEqual([
      [
        { key: 'a', published: true, n: 2 },
        { key: 'b', published: false, n: 4 },
      ],
    ]);
  });

  it('keeps the first of equal rank and starts a new window after a flush', () => {
    const { flushed, coalescer } = setup();
    coalescer.add({ key: 'a', published: false, n: 1 });
    coalescer.add({ key: 'a', published: false, n: 2 });
    jest.advanceTimersByTime(100);
    coalescer.add({ key: 'a', published: false, n: 3 });
    jest.advanceTimersByTime(100);
    expect(flushed.map((events) => events.map((event) => event.n))).toEqual([[1], [3]]);
  });

  it('drains at once on demand, and not again afterwards', () => {
    const { flushed, coalescer } = setup();
    coalescer.add({ key: 'a', published: false, n: 1 });
    coalescer.drain();
    expect(flushed).toHaveLength(1);
    expect(coalescer.size).toBe(0);
    jest.advanceTimersByTime(200);
    expect(flushed).toHaveLength(1);
  });
});
