import { hkdfSync } from 'node:crypto';

/**
 * The plugin's keys: one root secret, and one key per purpose derived from it with HKDF-SHA-256 (RFC 5869)
 * under a distinct `info` label, so that token hashes and the encryption of hook secrets never share a key.
 */

export type RootSource = 'secret' | 'admin.apiToken.salt' | 'server.app.keys';

export interface RootSecret {
  source: RootSource;
  material: Buffer;
}

/** What the root secret may come from, as read from the Strapi configuration. */
export interface SecretSources {
  /** The plugin's own `secret` (ACCESS_TOKENS_SECRET). */
  secret?: string | null;
  /** `admin.apiToken.salt`: Strapi keys its own API tokens with it, so an app has one and keeps it. */
  apiTokenSalt?: unknown;
  /** `server.app.keys`: the keys Strapi signs session cookies with. */
  appKeys?: unknown;
  production: boolean;
}

export interface PluginKeys {
  /** HMAC key of stored token hashes. */
  tokenHash: Buffer;
  /** AES-256-GCM key of hook signing secrets at rest (secret-box). */
  hookSecretSeal: Buffer;
}

const HKDF_SALT = 'strapi-plugin-access-tokens';
export const KEY_LABELS = {
  tokenHash: 'access-tokens/token-hash/v1',
  hookSecretSeal: 'access-tokens/hook-secret-seal/v1',
} as const;

const NEEDS_SECRET =
  'The access-tokens plugin needs a secret in production: set ACCESS_TOKENS_SECRET ' +
  '(a long random string, e.g. `openssl rand -base64 32`) or `config.secret` in config/plugins.';
const NO_SECRET =
  'The access-tokens plugin has no secret to derive its keys from: set ACCESS_TOKENS_SECRET ' +
  '(e.g. `openssl rand -base64 32`), or give the app the `admin.apiToken.salt` (API_TOKEN_SALT) or ' +
  '`server.app.keys` (APP_KEYS) that Strapi itself expects.';

const isFilled = (value: unknown): value is string => typeof value === 'string' && value.length > 0;

/**
 * The configured secret; elsewhere than in production, without one, a secret the app already has. The API token
 * salt comes first: APP_KEYS are meant to be rotated, which would change every key derived from them.
 */
export const chooseRootSecret = ({ secret, apiTokenSalt, appKeys, production }: SecretSources): RootSecret => {
  if (isFilled(secret)) return { source: 'secret', material: Buffer.from(secret, 'utf8') };
  if (production) throw new Error(NEEDS_SECRET);
  if (isFilled(apiTokenSalt)) return { source: 'admin.apiToken.salt', material: Buffer.from(apiTokenSalt, 'utf8') };
  if (Array.isArray(appKeys) && appKeys.length > 0 && appKeys.every(isFilled)) {
    return { source: 'server.app.keys', material: Buffer.from(JSON.stringify(appKeys), 'utf8') };
  }
  throw new Error(NO_SECRET);
};

const derive = (root: Buffer, label: string) => Buffer.from(hkdfSync('sha256', root, HKDF_SALT, label, 32));

export const deriveKeys = (root: Buffer): PluginKeys => {
  if (root.length === 0) throw new Error('deriveKeys needs a non-empty root secret');
  return { tokenHash: derive(root, KEY_LABELS.tokenHash), hookSecretSeal: derive(root, KEY_LABELS.hookSecretSeal) };
};
