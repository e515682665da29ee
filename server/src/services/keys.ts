import type { Core } from '@strapi/strapi';

import { chooseRootSecret, deriveKeys } from '../lib/key-derivation';
import { legacyKeys } from '../lib/legacy-keys';
import { hashToken } from '../lib/token-hash';
import { generateToken, hasValidChecksum, maskToken } from '../lib/token-format';
import { getPluginConfig } from '../utils';

/**
 * Everything that touches a token's value (generate, hash, recognise, mask) and the key that seals hook secrets.
 * Keys are derived from the configured secret; without one, outside production, from the app's own secrets
 * (never from a constant). Production refuses to start without a secret.
 */
const createKeysService = ({ strapi }: { strapi: Core.Strapi }) => {
  const { secret, prefix } = getPluginConfig(strapi);
  const root = chooseRootSecret({
    secret,
    apiTokenSalt: strapi.config.get('admin.apiToken.salt'),
    appKeys: strapi.config.get('server.app.keys'),
    production: process.env.NODE_ENV === 'production',
  });
  if (root.source !== 'secret') {
    strapi.log.warn(
      `[access-tokens] No ACCESS_TOKENS_SECRET set: keys are derived from ${root.source}. Set a secret before ` +
        'production; changing either later invalidates every token and hook secret.'
    );
  }
  const keys = deriveKeys(root.material);
  const legacy = legacyKeys(secret);

  return {
    prefix,
    generate: () => generateToken(prefix),
    hash: (value: string) => hashToken(keys.tokenHash, value),
    /** The hash 0.1 stored the value under (see the key-migration service). */
    legacyHash: (value: string) => hashToken(legacy.tokenHash, value),
    sealingKey: keys.hookSecretSeal,
    /** The sealing key first, then 0.1's. */
    openingKeys: [keys.hookSecretSeal, legacy.hookSecretSeal],
    /** Our prefix but a wrong shape or checksum: refused without a database query. */
    isMalformed: (value: string) => value.startsWith(prefix) && !hasValidChecksum(value, prefix),
    mask: (value: string) => {
      const masked = maskToken(value, prefix);
      return { keyPrefix: masked.prefix, keyLastFour: masked.lastFour };
    },
  };
};

export default createKeysService;
