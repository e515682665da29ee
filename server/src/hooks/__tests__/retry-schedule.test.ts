import { DEFAULT_RETRY_SCHEDULE_SECONDS, nextAttemptDelay, parseRetryAfter } from '../retry-schedule';

const now = new Date('2025-06-01T12:00:00.000Z');

describe('parseRetryAfter', () => {
  it('reads delay-seconds', () => {
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter(' 0 ', now)).toBe(0);
  });

  it('reads an HTTP date, and a past date as 0', () => {
    expect(parseRetryAfter('Sun, 01 Jun 2025 12:10:00 GMT', now)).toBe(600_000);
    expect(parseRetryAfter('Sun, 01 Jun 2025 11:00:00 GMT', now)).toBe(0);
  });

  it('returns null for anything else', () => {
    for (const value of [undefined, null, '', '   ', '-5', '1.5', '1e3', 'soon', 'Fri, 99 Foo 2025', '１２０']) {
      expect(parseRetryAfter(value, now)).toBeNull();
    }
  });
});

describe('nextAttemptDelay', () => {
  it('follows the default schedule', () => {
    expect(DEFAULT_RETRY_SCHEDULE_SECONDS).toEqual([5, 300, 1800, 7200, 18000, 36000, 36000]);
    expect(nextAttemptDelay(1)).toBe(5_000);
    expect(nextAttemptDelay(2)).toBe(300_000);
    expect(nextAttemptDelay(7)).toBe(36_000_000);
  });

  it('returns null once the schedule is exhausted', () => {
    expect(nextAttemptDelay(8)).toBeNull();
    expect(nextAttemptDelay(1, [])).toBeNull();
    expect(nextAttemptDelay(3, [1, 2])).toBeNull();
  });

  it('rejects attempt numbers below 1 or fractional', () => {
    expect(() => nextAttemptDelay(0)).toThrow(RangeError);
    expect(() => nextAttemptDelay(1.5)).toThrow(RangeError);
  });

  it('lets a longer Retry-After win', () => {
    expect(nextAttemptDelay(1, DEFAULT_RETRY_SCHEDULE_SECONDS, '60', now)).toBe(60_000);
    expect(nextAttemptDelay(1, DEFAULT_RETRY_SCHEDULE_SECONDS, 'Sun, 01 Jun 2025 12:10:00 GMT', now)).toBe(600_000);
  });

  it('ignores a shorter or invalid Retry-After', () => {
    expect(nextAttemptDelay(2, DEFAULT_RETRY_SCHEDULE_SECONDS, '1', now)).toBe(300_000);
    expect(nextAttemptDelay(2, DEFAULT_RETRY_SCHEDULE_SECONDS, 'garbage', now)).toBe(300_000);
    expect(nextAttemptDelay(2, DEFAULT_RETRY_SCHEDULE_SECONDS, null, now)).toBe(300_000);
  });

  it('caps Retry-After at the longest scheduled delay', () => {
    expect(nextAttemptDelay(1, DEFAULT_RETRY_SCHEDULE_SECONDS, '999999999', now)).toBe(36_000_000);
    expect(nextAttemptDelay(1, [10, 20], '3600', now)).toBe(20_000);
  });

  it('still says null when exhausted even with a Retry-After', () => {
    expect(nextAttemptDelay(8, DEFAULT_RETRY_SCHEDULE_SECONDS, '60', now)).toBeNull();
  });
});
