import { holdsLiveCredential } from '../leak-match';

const now = new Date('2030-01-01T00:00:00Z');
const later = new Date('2030-01-02T00:00:00Z');
const earlier = new Date('2029-12-31T00:00:00Z');
const token = { keyHash: 'current', previousKeyHash: 'old', previousKeyExpiresAt: later, validFrom: null, validTo: null };

describe('holdsLiveCredential', () => {
  it('is true for the current value of an active or scheduled token', () => {
    expect(holdsLiveCredential(token, new Set(['current']), now)).toBe(true);
    expect(holdsLiveCredential({ ...token, validFrom: later }, new Set(['current']), now)).toBe(true);
  });

  it('is true for the previous value only while its grace period runs', () => {
    expect(holdsLiveCredential(token, new Set(['old']), now)).toBe(true);
    expect(holdsLiveCredential({ ...token, previousKeyExpiresAt: earlier }, new Set(['old']), now)).toBe(false);
    expect(holdsLiveCredential({ ...token, previousKeyExpiresAt: null }, new Set(['old']), now)).toBe(false);
  });

  it('is false for a token that is revoked, archived or expired, and for hashes that are not its own', () => {
    const reported = new Set(['current', 'old']);
    expect(holdsLiveCredential({ ...token, revokedAt: earlier }, reported, now)).toBe(false);
    expect(holdsLiveCredential({ ...token, archivedAt: earlier }, reported, now)).toBe(false);
    expect(holdsLiveCredential({ ...token, validTo: earlier }, reported, now)).toBe(false);
    expect(holdsLiveCredential(token, new Set(['other']), now)).toBe(false);
    expect(holdsLiveCredential({ ...token, previousKeyHash: null }, new Set([]), now)).toBe(false);
  });
});
