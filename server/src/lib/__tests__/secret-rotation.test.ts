import { graceEndsAt, inGracePeriod, secretsInForce } from '../secret-rotation';

const now = new Date('2026-11-22T12:00:00.000Z');
const later = (seconds: number) => new Date(now.getTime() + seconds * 1000);

describe('graceEndsAt', () => {
  it('is now plus the grace period, or null for none', () => {
    expect(graceEndsAt(86_400, now)).toEqual(later(86_400));
    expect(graceEndsAt(0, now)).toBeNull();
  });
});

describe('secretsInForce', () => {
  const rotated = { secret: 'new', previousSecret: 'old', previousSecretExpiresAt: later(60) };

  it('is the current secret alone when there is no previous one', () => {
    expect(secretsInForce({ secret: 'only' }, now)).toEqual(['only']);
    expect(secretsInForce({ secret: 'only', previousSecret: null, previousSecretExpiresAt: later(60) }, now)).toEqual([
      'only',
    ]);
  });

  it('adds the previous secret, after the current one, until its grace period ends', () => {
    expect(secretsInForce(rotated, now)).toEqual(['new', 'old']);
    expect(secretsInForce({ ...rotated, previousSecretExpiresAt: later(60).toISOString() }, later(59))).toEqual([
      'new',
      'old',
    ]);
    expect(inGracePeriod(rotated, later(59))).toBe(true);
  });

  it('drops the previous secret from the end of its grace period on', () => {
    expect(secretsInForce(rotated, later(60))).toEqual(['new']);
    expect(secretsInForce(rotated, later(3600))).toEqual(['new']);
    expect(inGracePeriod(rotated, later(60))).toBe(false);
  });

  it('never signs with a previous secret whose end is unknown', () => {
    expect(secretsInForce({ ...rotated, previousSecretExpiresAt: null }, now)).toEqual(['new']);
    expect(secretsInForce({ ...rotated, previousSecretExpiresAt: 'not a date' }, now)).toEqual(['new']);
  });
});
