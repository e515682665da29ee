import { DAY_MS, editedLifetimeStart, lifetimeProblem, lifetimeStart } from '../token-lifetime';

const now = Date.parse('2026-01-10T00:00:00.000Z');

describe('lifetimeStart', () => {
  it('is validFrom when set, else when the token was issued', () => {
    expect(lifetimeStart('2026-02-01T00:00:00.000Z', now)).toBe(Date.parse('2026-02-01T00:00:00.000Z'));
    expect(lifetimeStart(null, new Date(now))).toBe(now);
  });
});

describe('editedLifetimeStart', () => {
  it('keeps the earlier start of a token that has started', () => {
    expect(editedLifetimeStart(now - 100 * DAY_MS, now, now)).toBe(now - 100 * DAY_MS);
    expect(editedLifetimeStart(now - 100 * DAY_MS, now - 200 * DAY_MS, now)).toBe(now - 200 * DAY_MS);
  });

  it('takes the new start of a token that has not started yet', () => {
    expect(editedLifetimeStart(now + 10 * DAY_MS, now + 30 * DAY_MS, now)).toBe(now + 30 * DAY_MS);
  });
});

describe('lifetimeProblem', () => {
  it('accepts anything without a cap', () => {
    expect(lifetimeProblem(now, null, null)).toBeNull();
  });

  it('requires an end under a cap', () => {
    expect(lifetimeProblem(now, null, 30)).toMatch(/validTo is required.*30 days/);
  });

  it('accepts an end exactly at the cap and refuses one a millisecond later', () => {
    expect(lifetimeProblem(now, new Date(now + 30 * DAY_MS), 30)).toBeNull();
    expect(lifetimeProblem(now, new Date(now + 30 * DAY_MS + 1), 30)).toMatch(
      /at most 30 days.*2026-02-09T00:00:00.000Z/
    );
  });
});
