import { createHmac } from 'node:crypto';
import { hashToken } from '../token-hash';

describe('hashToken', () => {
  it('matches RFC 4231 test case 2 (HMAC-SHA-256)', () => {
    expect(hashToken('Jefe', 'what do ya want for nothing?')).toBe(
      '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843'
    );
  });

  it('is deterministic, lower-case hex of 64 characters', () => {
    const hash = hashToken('secret', 'sat_token');
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hashToken('secret', 'sat_token')).toBe(hash);
  });

  it('depends on the secret and on every character of the token', () => {
    expect(hashToken('secret2', 'sat_token')).not.toBe(hashToken('secret', 'sat_token'));
    expect(hashToken('secret', 'sat_tokeN')).not.toBe(hashToken('secret', 'sat_token'));
  });

  it('hashes unicode as UTF-8', () => {
    expect(hashToken('k', 'ü')).toBe(
      createHmac('sha256', 'k')
        .update(Buffer.from([0xc3, 0xbc]))
        .digest('hex')
    );
  });

  it('takes a binary key (a derived one) as HMAC does', () => {
    const key = Buffer.from('00ff10', 'hex');
    expect(hashToken(key, 'sat_token')).toBe(createHmac('sha256', key).update('sat_token').digest('hex'));
  });

  it('refuses an empty key', () => {
    expect(() => hashToken('', 'sat_token')).toThrow();
    expect(() => hashToken(Buffer.alloc(0), 'sat_token')).toThrow();
  });
});
