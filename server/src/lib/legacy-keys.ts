import { hashToken } from './token-hash';

/**
 * How 0.1 keyed token hashes and hook secrets: HMAC-SHA-256 under the raw plugin secret or, without one, under
 * this published constant. Kept only to recognise what 0.1 stored and move it to the derived keys
 * (docs/upgrading.md says when this goes): nothing new is ever hashed or sealed under these keys.
 */
const DEVELOPMENT_SECRET_OF_0_1 = 'access-tokens-development-secret-do-not-use-in-production';
const SEALING_LABEL_OF_0_1 = 'secret-box:hook-subscription-secrets';

export interface LegacyKeys {
  tokenHash: string;
  hookSecretSeal: Buffer;
}

export const legacyKeys = (secret?: string | null): LegacyKeys => {
  const root = secret || DEVELOPMENT_SECRET_OF_0_1;
  return { tokenHash: root, hookSecretSeal: Buffer.from(hashToken(root, SEALING_LABEL_OF_0_1), 'hex') };
};

type HashColumn = 'keyHash' | 'previousKeyHash';

/** The hash columns of a row that still hold the 0.1 hash of the presented value. */
export const legacyHashColumns = (row: Partial<Record<HashColumn, string | null>>, legacyHash: string): HashColumn[] =>
  (['keyHash', 'previousKeyHash'] as const).filter((column) => row[column] === legacyHash);
