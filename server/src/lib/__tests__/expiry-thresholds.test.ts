import { dueThreshold, expiresSoonWindowDays, thresholdsOrDefault, warningPending } from '../expiry-thresholds';
import { DAY_MS } from '../../../../shared/token-lifetime';

const now = new Date('2026-01-10T00:00:00.000Z');
const inDays = (days: number) => new Date(now.getTime() + days * DAY_MS);

describe('expiry thresholds', () => {
  it('defaults to 7 and 1 days', () => {
    expect(thresholdsOrDefault(null)).toEqual([7, 1]);
    expect(thresholdsOrDefault([3])).toEqual([3]);
    expect(expiresSoonWindowDays(null)).toBe(7);
    expect(expiresSoonWindowDays([1, 14, 3])).toBe(14);
  });

  it('is due at the smallest threshold the end is within', () => {
    expect(dueThreshold(inDays(8), now, [7, 1])).toBeNull();
    expect(dueThreshold(inDays(7), now, [7, 1])).toBe(7);
    expect(dueThreshold(inDays(2), now, [7, 1])).toBe(7);
    expect(dueThreshold(inDays(0.5), now, [7, 1])).toBe(1);
  });

  it('is never due for an endless or ended token', () => {
    expect(dueThreshold(null, now, [7, 1])).toBeNull();
    expect(dueThreshold(now, now, [7, 1])).toBeNull();
    expect(dueThreshold(inDays(-1), now, [7, 1])).toBeNull();
  });

  it('is pending until that threshold or a smaller one was warned', () => {
    expect(warningPending(7, null)).toBe(true);
    expect(warningPending(1, 7)).toBe(true);
    expect(warningPending(7, 7)).toBe(false);
    expect(warningPending(7, 1)).toBe(false);
  });
});
