import { holdsUnrevokedCredential } from '../leak-match';

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

describe('holdsUnrevokedCredential', () => {
  it('is true for the current value of a token that is not revoked, whatever else its status', () => {
    const current = new Set(['current']);
    expect(holdsUnrevokedCredential(token, current, now)).toBe(true);
    expect(holdsUnrevokedCredential({ ...token, validFrom: later }, current, now)).toBe(true);
    expect(holdsUnrevokedCredential({ ...token, archivedAt: earlier }, current, now)).toBe(true);
    expect(holdsUnrevokedCredential({ ...token, validTo: earlier }, current, now)).toBe(true);
  });

  it('is true for the previous value only while its grace period runs', () => {
    expect(holdsUnrevokedCredential(token, new Set(['old']), now)).toBe(true);
    expect(holdsUnrevokedCredential({ ...token, previousKeyExpiresAt: earlier }, new Set(['old']), now)).toBe(false);
    expect(holdsUnrevokedCredential({ ...token, previousKeyExpiresAt: null }, new Set(['old']), now)).toBe(false);
  });

  it('is false for a revoked token (archived or not), and for hashes that are not its own', () => {
    const reported = new Set(['current', 'old']);
    expect(holdsUnrevokedCredential({ ...token, revokedAt: earlier }, reported, now)).toBe(false);
    expect(holdsUnrevokedCredential({ ...token, revokedAt: earlier, archivedAt: earlier }, reported, now)).toBe(false);
    expect(holdsUnrevokedCredential(token, new Set(['other']), now)).toBe(false);
    expect(holdsUnrevokedCredential({ ...token, previousKeyHash: null }, new Set([]), now)).toBe(false);
  });
});
