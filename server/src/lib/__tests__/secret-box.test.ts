import { createHmac, randomBytes } from 'node:crypto';

import { open, openWithAny, seal } from '../secret-box';

const key = createHmac('sha256', 'server secret').update('purpose').digest();

describe('secret-box', () => {
  it('opens what it sealed', () => {
    const secret = `whsec_${randomBytes(32).toString('base64')}`;
    const sealed = seal(key, secret);
    expect(sealed).toMatch(/^v1\.[A-Za-z0-9+/]+=*$/);
    expect(sealed).not.toContain(secret.slice(6));
    expect(open(key, sealed)).toBe(secret);
  });

  it('seals the same plaintext differently each time (random IV)', () => {
    expect(seal(key, 'same')).not.toBe(seal(key, 'same'));
  });

  it('refuses another key', () => {
    const other = createHmac('sha256', 'another secret').update('purpose').digest();
    expect(() => open(other, seal(key, 'value'))).toThrow();
  });

  it('refuses a tampered value', () => {
    const raw = Buffer.from(seal(key, 'value').slice(3), 'base64');
    raw[raw.length - 1] ^= 1;
    expect(() => open(key, `v1.${raw.toString('base64')}`)).toThrow();
  });

  it('refuses values that are not sealed, truncated, or keys of the wrong size', () => {
    expect(() => open(key, 'whsec_plain')).toThrow('Not a sealed value');
    expect(() => open(key, 'v1.AAAA')).toThrow('truncated');
    expect(() => seal(Buffer.alloc(16), 'value')).toThrow('32 bytes');
  });

  it('opens with the first key of a list that fits and says which', () => {
    const other = createHmac('sha256', 'another secret').update('purpose').digest();
    expect(openWithAny([key, other], seal(key, 'current'))).toEqual({ plaintext: 'current', keyIndex: 0 });
    expect(openWithAny([key, other], seal(other, 'older'))).toEqual({ plaintext: 'older', keyIndex: 1 });
    expect(() => openWithAny([key], seal(other, 'value'))).toThrow('No known key');
    expect(() => openWithAny([key, other], 'whsec_plain')).toThrow('No known key');
  });
});
