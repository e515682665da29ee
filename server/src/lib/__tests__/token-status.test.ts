import { deriveTokenStatus, refusalReason } from '../token-status';

const now = new Date('2025-06-01T12:00:00.000Z');
const past = new Date('2025-05-01T00:00:00.000Z');
const future = new Date('2025-07-01T00:00:00.000Z');

describe('deriveTokenStatus', () => {
  it('is active with no dates, or inside the window', () => {
    expect(deriveTokenStatus({}, now)).toBe('active');
    expect(deriveTokenStatus({ validFrom: null, validTo: null, revokedAt: null, archivedAt: null }, now)).toBe(
      'active'
    );
    expect(deriveTokenStatus({ validFrom: past, validTo: future }, now)).toBe('active');
  });

  it('is scheduled before validFrom and active exactly at it', () => {
    expect(deriveTokenStatus({ validFrom: future }, now)).toBe('scheduled');
    expect(deriveTokenStatus({ validFrom: new Date(now.getTime() + 1) }, now)).toBe('scheduled');
    expect(deriveTokenStatus({ validFrom: now }, now)).toBe('active');
  });

  it('is expired from validTo on', () => {
    expect(deriveTokenStatus({ validTo: past }, now)).toBe('expired');
    expect(deriveTokenStatus({ validTo: now }, now)).toBe('expired');
    expect(deriveTokenStatus({ validTo: new Date(now.getTime() + 1) }, now)).toBe('active');
  });

  it('prefers expired over scheduled for an inverted window', () => {
    expect(deriveTokenStatus({ validFrom: future, validTo: past }, now)).toBe('expired');
  });

  it('shows a revoked token as revoked although revoke also set validTo', () => {
    expect(deriveTokenStatus({ revokedAt: now, validTo: now }, now)).toBe('revoked');
    expect(deriveTokenStatus({ revokedAt: past, validTo: past, validFrom: future }, now)).toBe('revoked');
  });

  it('puts archived above everything', () => {
    expect(deriveTokenStatus({ archivedAt: past, revokedAt: past, validTo: past }, now)).toBe('archived');
    expect(deriveTokenStatus({ archivedAt: past, validFrom: future }, now)).toBe('archived');
  });

  it('accepts ISO strings and epoch milliseconds as stored by databases', () => {
    expect(deriveTokenStatus({ validTo: '2025-05-01T00:00:00.000Z' }, now)).toBe('expired');
    expect(deriveTokenStatus({ validFrom: '2025-07-01 00:00:00' }, now)).toBe('scheduled');
    expect(deriveTokenStatus({ revokedAt: past.getTime() }, now)).toBe('revoked');
  });

  it('ignores empty or unparseable dates', () => {
    expect(deriveTokenStatus({ validTo: '', revokedAt: 'not a date' }, now)).toBe('active');
  });

  it('defaults now to the current time', () => {
    expect(deriveTokenStatus({ validTo: new Date(Date.now() - 1000) })).toBe('expired');
    expect(deriveTokenStatus({ validTo: new Date(Date.now() + 60_000) })).toBe('active');
  });
});

describe('refusalReason', () => {
  const token = { keyHash: 'current', previousKeyExpiresAt: future };

  it('accepts the current value, and the previous one until its grace period ends', () => {
    expect(refusalReason(token, 'current', true, now)).toBeNull();
    expect(refusalReason(token, 'previous', true, now)).toBeNull();
    expect(refusalReason({ ...token, previousKeyExpiresAt: now }, 'previous', true, now)).toBe('previous-value-ended');
    expect(refusalReason({ keyHash: 'current' }, 'previous', true, now)).toBe('previous-value-ended');
  });

  it('names a refused address before any status, which answers as an unknown value', () => {
    expect(refusalReason({ ...token, revokedAt: past }, 'current', false, now)).toBe('ip-not-allowed');
    expect(refusalReason({ ...token, archivedAt: past }, 'current', false, now)).toBe('ip-not-allowed');
    expect(refusalReason({ ...token, validFrom: future }, 'current', false, now)).toBe('ip-not-allowed');
    expect(refusalReason(token, 'current', false, now)).toBe('ip-not-allowed');
  });

  it('names the status of a token used from an allowed address', () => {
    expect(refusalReason({ ...token, revokedAt: past }, 'current', true, now)).toBe('revoked');
    expect(refusalReason({ ...token, validTo: past }, 'current', true, now)).toBe('expired');
    expect(refusalReason({ ...token, validFrom: future }, 'current', true, now)).toBe('scheduled');
    expect(refusalReason({ ...token, archivedAt: past }, 'current', true, now)).toBe('archived');
  });
});
