import { createHmac } from 'node:crypto';

import { KEY_LABELS, chooseRootSecret, deriveKeys } from '../key-derivation';

/** HKDF-SHA-256 for one 32-byte block, by hand from RFC 5869: PRK = HMAC(salt, IKM); OKM = HMAC(PRK, info | 0x01). */
const hkdfByHand = (ikm: string, info: string) => {
  const prk = createHmac('sha256', 'strapi-plugin-access-tokens').update(ikm).digest();
  return createHmac('sha256', prk)
    .update(Buffer.concat([Buffer.from(info), Buffer.from([1])]))
    .digest();
};

const development = { production: false };

describe('deriveKeys', () => {
  const root = Buffer.from('a-root-secret-of-some-length');

  it('is HKDF-SHA-256 with the plugin salt and one label per purpose', () => {
    const keys = deriveKeys(root);
    expect(keys.tokenHash.equals(hkdfByHand('a-root-secret-of-some-length', 'access-tokens/token-hash/v1'))).toBe(true);
    expect(
      keys.hookSecretSeal.equals(hkdfByHand('a-root-secret-of-some-length', 'access-tokens/hook-secret-seal/v1'))
    ).toBe(true);
    expect(KEY_LABELS).toEqual({
      tokenHash: 'access-tokens/token-hash/v1',
      hookSecretSeal: 'access-tokens/hook-secret-seal/v1',
    });
  });

  it('gives separate 32-byte keys, neither of them the root', () => {
    const keys = deriveKeys(root);
    expect(keys.tokenHash).toHaveLength(32);
    expect(keys.hookSecretSeal).toHaveLength(32);
    expect(keys.tokenHash.equals(keys.hookSecretSeal)).toBe(false);
    expect(keys.tokenHash.includes(root)).toBe(false);
  });

  it('is deterministic and depends on the root', () => {
    expect(deriveKeys(root).tokenHash.equals(deriveKeys(Buffer.from(root)).tokenHash)).toBe(true);
    expect(deriveKeys(Buffer.from('another-root-secret')).tokenHash.equals(deriveKeys(root).tokenHash)).toBe(false);
  });

  it('refuses an empty root', () => {
    expect(() => deriveKeys(Buffer.alloc(0))).toThrow('non-empty');
  });
});

describe('chooseRootSecret', () => {
  it('uses the configured secret first, in production too', () => {
    const sources = { secret: 'configured-secret-value', apiTokenSalt: 'salt', appKeys: ['a'] };
    expect(chooseRootSecret({ ...sources, production: true })).toEqual({
      source: 'secret',
      material: Buffer.from('configured-secret-value'),
    });
    expect(chooseRootSecret({ ...sources, production: false }).source).toBe('secret');
  });

  it('refuses to start in production without a configured secret, whatever else the app has', () => {
    expect(() => chooseRootSecret({ apiTokenSalt: 'salt', appKeys: ['a'], production: true })).toThrow(
      /needs a secret in production: set ACCESS_TOKENS_SECRET/
    );
    expect(() => chooseRootSecret({ secret: '', apiTokenSalt: 'salt', production: true })).toThrow(
      /needs a secret in production/
    );
  });

  it('otherwise derives from the API token salt, then from the app keys', () => {
    expect(chooseRootSecret({ ...development, apiTokenSalt: 'salt', appKeys: ['a', 'b'] })).toEqual({
      source: 'admin.apiToken.salt',
      material: Buffer.from('salt'),
    });
    expect(chooseRootSecret({ ...development, secret: null, appKeys: ['a', 'b'] })).toEqual({
      source: 'server.app.keys',
      material: Buffer.from('["a","b"]'),
    });
  });

  it('gives apps with different secrets different roots, so the same token value hashes differently', () => {
    const hashKey = (sources: Parameters<typeof chooseRootSecret>[0]) =>
      deriveKeys(chooseRootSecret(sources).material).tokenHash;
    expect(
      hashKey({ ...development, apiTokenSalt: 'first-salt' }).equals(
        hashKey({ ...development, apiTokenSalt: 'second-salt' })
      )
    ).toBe(false);
    expect(
      hashKey({ ...development, appKeys: ['first'] }).equals(hashKey({ ...development, appKeys: ['second'] }))
    ).toBe(false);
    // The key list is encoded unambiguously: ['ab'] and ['a', 'b'] are different roots.
    expect(hashKey({ ...development, appKeys: ['ab'] }).equals(hashKey({ ...development, appKeys: ['a', 'b'] }))).toBe(
      false
    );
  });

  it('fails with a clear error when the app has none of them', () => {
    for (const sources of [{}, { apiTokenSalt: '', appKeys: [] }, { apiTokenSalt: 42, appKeys: ['a', ''] }]) {
      expect(() => chooseRootSecret({ ...development, ...sources })).toThrow(
        /no secret to derive its keys from: set ACCESS_TOKENS_SECRET/
      );
    }
  });
});
