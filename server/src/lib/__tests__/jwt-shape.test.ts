import { createHmac, randomBytes } from 'node:crypto';

import { looksLikeJwt } from '../jwt-shape';

const encode = (data: unknown) => Buffer.from(JSON.stringify(data)).toString('base64url');
const jwt = (header: unknown, payload: unknown = { id: 1 }) => {
  const unsigned = `${encode(header)}.${encode(payload)}`;
  return `${unsigned}.${createHmac('sha256', 'secret').update(unsigned).digest('base64url')}`;
};

describe('looksLikeJwt', () => {
  it('recognises a signed JWT, whatever its algorithm or payload', () => {
    expect(looksLikeJwt(jwt({ alg: 'HS256', typ: 'JWT' }))).toBe(true);
    expect(looksLikeJwt(jwt({ alg: 'RS512' }, { sub: 'x', exp: 1 }))).toBe(true);
  });

  it('refuses values that are not three base64url segments with a JSON header naming alg', () => {
    expect(looksLikeJwt(randomBytes(30).toString('base64url'))).toBe(false);
    expect(looksLikeJwt('Legacy.Token_2024.abcdefghij-KLMNOPQRSTUV')).toBe(false);
    expect(looksLikeJwt(jwt({ typ: 'JWT' }))).toBe(false);
    expect(looksLikeJwt(jwt('HS256'))).toBe(false);
    expect(looksLikeJwt(jwt(null))).toBe(false);
    expect(looksLikeJwt(`${jwt({ alg: 'HS256' })}.extra`)).toBe(false);
    expect(looksLikeJwt(`${encode({ alg: 'HS256' })}.${encode({})}.`)).toBe(false);
    expect(looksLikeJwt(`${encode({ alg: 'HS256' })}.${encode({})}.a+b`)).toBe(false);
    expect(looksLikeJwt('e30.e30.sig')).toBe(false); // {} as the header
  });
});
