import { bucketOf, counterForStatus, daysEndingAt, isInLast24Hours, requestsIn } from '../usage-counts';

describe('usage counts', () => {
  it('counts refusals by their status and everything else as a request let through', () => {
    expect([200, 204, 304, 400, 401, 403, 404, 429, 500].map(counterForStatus)).toEqual([
      'success',
      'success',
      'success',
      'success',
      'unauthorized',
      'forbidden',
      'success',
      'rateLimited',
      'success',
    ]);
  });

  it('puts a moment in its UTC day and hour', () => {
    expect(bucketOf(new Date('2026-03-01T00:59:59.999Z'))).toEqual({ day: '2026-03-01', hour: 0 });
    expect(bucketOf(new Date('2026-02-28T23:00:00Z'))).toEqual({ day: '2026-02-28', hour: 23 });
  });

  it('lists the days ending today, oldest first, across a month end', () => {
    expect(daysEndingAt(new Date('2026-03-02T10:00:00Z'), 3)).toEqual(['2026-02-28', '2026-03-01', '2026-03-02']);
    expect(daysEndingAt(new Date('2026-03-02T23:59:59Z'), 1)).toEqual(['2026-03-02']);
  });

  it('takes the current hour and the 23 before it as the last 24 hours', () => {
    const now = new Date('2026-03-02T10:30:00Z');
    expect(isInLast24Hours({ day: '2026-03-02', hour: 10 }, now)).toBe(true);
    expect(isInLast24Hours({ day: '2026-03-02', hour: 0 }, now)).toBe(true);
    expect(isInLast24Hours({ day: '2026-03-01', hour: 11 }, now)).toBe(true);
    expect(isInLast24Hours({ day: '2026-03-01', hour: 10 }, now)).toBe(false);
    expect(isInLast24Hours({ day: '2026-02-28', hour: 23 }, now)).toBe(false);
  });

  it('counts requests, not hook deliveries', () => {
    expect(
      requestsIn({ success: 3, unauthorized: 1, forbidden: 1, rateLimited: 2, deliveries: 5, failedDeliveries: 4 })
    ).toBe(7);
  });
});
