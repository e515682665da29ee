import { heldValue } from '../leak-match';

const now = new Date('2030-01-01T00:00:00Z');
const later = new Date('2030-01-02T00:00:00Z');
const earlier = new Date('2029-12-31T00:00:00Z');
const token = {
  keyHash: 'current',
  previousKeyHash: 'old',
  previousKeyExpiresAt: later,
  validFrom: null,
  validTo: null,
};

describe('heldValue', () => {
  it('finds the current value of a token that is not revoked, whatever else its status', () => {
    const current = new Set(['current']);
    expect(heldValue(token, current, now)).toBe('current');
    expect(heldValue({ ...token, validFrom: later }, current, now)).toBe('current');
    expect(heldValue({ ...token, archivedAt: earlier }, current, now)).toBe('current');
    expect(heldValue({ ...token, validTo: earlier }, current, now)).toBe('current');
  });

  it('finds the previous value only while its grace period runs', () => {
    expect(heldValue(token, new Set(['old']), now)).toBe('previous');
    expect(heldValue({ ...token, archivedAt: earlier }, new Set(['old']), now)).toBe('previous');
    expect(heldValue({ ...token, previousKeyExpiresAt: earlier }, new Set(['old']), now)).toBeNull();
    expect(heldValue({ ...token, previousKeyExpiresAt: null }, new Set(['old']), now)).toBeNull();
  });

  it('takes the current value first when both are held', () => {
    expect(heldValue(token, new Set(['old', 'current']), now)).toBe('current');
  });

  it('finds nothing of a revoked token (archived or not), nor for hashes that are not its own', () => {
    const reported = new Set(['current', 'old']);
    expect(heldValue({ ...token, revokedAt: earlier }, reported, now)).toBeNull();
    expect(heldValue({ ...token, revokedAt: earlier, archivedAt: earlier }, reported, now)).toBeNull();
    expect(heldValue(token, new Set(['other']), now)).toBeNull();
    expect(heldValue({ ...token, previousKeyHash: null }, new Set([]), now)).toBeNull();
  });
});
