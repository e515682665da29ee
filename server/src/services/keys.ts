import type { Core } from '@strapi/strapi';

import { hashToken } from '../lib/token-hash';
import { formatMaskedKey, generateToken, hasValidChecksum, maskToken } from '../lib/token-format';
import { getPluginConfig } from '../utils';

const DEVELOPMENT_SECRET = 'access-tokens-development-secret-do-not-use-in-production';

/**
 * The server secret that keys token hashes. Production refuses to start without one: a default there
 * would let anyone who reads the code compute the hashes of guessed tokens.
 */
export const resolveHashSecret = (strapi: Core.Strapi): string => {
  const configured = getPluginConfig(strapi).secret;
  if (configured) return configured;

  if (process.env.NODE_ENV === 'production') {
    throw new Error(
      'The access-tokens plugin needs a secret in production: set ACCESS_TOKENS_SECRET ' +
        '(a long random string, e.g. `openssl rand -base64 32`) or `config.secret` in config/plugins.'
    );
  }
  strapi.log.warn(
    '[access-tokens] No ACCESS_TOKENS_SECRET set: using a development default. Set one before production.'
  );
  return DEVELOPMENT_SECRET;
};

/** Everything that touches a token's value: generate, hash, recognise, mask. */
const createKeysService = ({ strapi }: { strapi: Core.Strapi }) => {
  const secret = resolveHashSecret(strapi);
  const { prefix } = getPluginConfig(strapi);

  return {
    prefix,
    generate: () => generateToken(prefix),
    hash: (value: string) => hashToken(secret, value),
    /** Our prefix but a wrong shape or checksum: refused without a database query. */
    isMalformed: (value: string) => value.startsWith(prefix) && !hasValidChecksum(value, prefix),
    hasOurPrefix: (value: string) => value.startsWith(prefix),
    mask: (value: string) => {
      const masked = maskToken(value, prefix);
      return { keyPrefix: masked.prefix, keyLastFour: masked.lastFour };
    },
    formatMasked: (keyPrefix: string, keyLastFour: string) =>
      formatMaskedKey({ prefix: keyPrefix, lastFour: keyLastFour }),
  };
};

export type KeysService = ReturnType<typeof createKeysService>;
export default createKeysService;
