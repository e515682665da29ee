import { createHmac } from 'node:crypto';

import { legacyHashColumns, legacyKeys } from '../legacy-keys';

const hmacHex = (key: string, data: string) => createHmac('sha256', key).update(data).digest('hex');

describe('legacyKeys (what 0.1 stored)', () => {
  it('hashed under the raw configured secret and sealed under HMAC(secret, label)', () => {
    const keys = legacyKeys('configured-secret-value');
    expect(keys.tokenHash).toBe('configured-secret-value');
    expect(keys.hookSecretSeal.toString('hex')).toBe(
      hmacHex('configured-secret-value', 'secret-box:hook-subscription-secrets')
    );
  });

  it('without a secret, used the published development constant', () => {
    const constant = 'access-tokens-development-secret-do-not-use-in-production';
    for (const secret of [undefined, null, '']) {
      expect(legacyKeys(secret).tokenHash).toBe(constant);
      expect(legacyKeys(secret).hookSecretSeal.toString('hex')).toBe(
        hmacHex(constant, 'secret-box:hook-subscription-secrets')
      );
    }
  });
});

describe('legacyHashColumns', () => {
  it('names the columns that hold the old hash of the presented value', () => {
    expect(legacyHashColumns({ keyHash: 'old', previousKeyHash: null }, 'old')).toEqual(['keyHash']);
    expect(legacyHashColumns({ keyHash: 'new', previousKeyHash: 'old' }, 'old')).toEqual(['previousKeyHash']);
    expect(legacyHashColumns({ keyHash: 'new', previousKeyHash: 'other' }, 'old')).toEqual([]);
  });
});
