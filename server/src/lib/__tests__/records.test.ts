import { isObjectLike, isRecord } from '../records';

describe('isObjectLike and isRecord', () => {
  it.each([null, undefined, 0, 'text', true])('refuse %p', (value) => {
    expect(isObjectLike(value)).toBe(false);
    expect(isRecord(value)).toBe(false);
  });

  it('accept a record, and an object of another kind', () => {
    for (const value of [{}, { a: 1 }, Object.create(null), new Date(0)]) {
      expect(isObjectLike(value)).toBe(true);
      expect(isRecord(value)).toBe(true);
    }
  });

  it('differ on an array: object-like, not a record', () => {
    expect(isObjectLike([{ a: 1 }])).toBe(true);
    expect(isRecord([{ a: 1 }])).toBe(false);
  });
});
