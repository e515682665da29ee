import { crc32 } from '../crc32';

describe('crc32', () => {
  it('matches the IEEE check value', () => {
    expect(crc32('123456789')).toBe(0xcbf43926);
  });

  it('matches other known vectors', () => {
    expect(crc32('')).toBe(0);
    expect(crc32('a')).toBe(0xe8b7be43);
    expect(crc32('The quick brown fox jumps over the lazy dog')).toBe(0x414fa339);
  });

  it('treats a string as its UTF-8 bytes', () => {
    expect(crc32('é')).toBe(crc32(Buffer.from([0xc3, 0xa9])));
    expect(crc32('é')).not.toBe(crc32(Buffer.from([0xe9])));
  });

  it('returns an unsigned 32-bit integer', () => {
    const value = crc32(Buffer.from([0xff, 0xff, 0xff, 0xff]));
    expect(value).toBe(0xffffffff);
    expect(value).toBeGreaterThanOrEqual(0);
  });

  it('changes with a single bit', () => {
    expect(crc32('sat_abc')).not.toBe(crc32('sat_abd'));
  });
});
