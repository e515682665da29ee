import type { Core } from '@strapi/strapi';

import { clientBucket } from '../lib/client-address';
import { createFailureThrottle } from '../lib/failure-throttle';
import { createIpMatcher } from '../lib/ip-allowlist';
import { looksLikeJwt } from '../lib/jwt-shape';
import type { RateLimitDecision, TooManyRequests } from '../lib/rate-limit';
import { RevocableCache } from '../lib/revocable-cache';
import { refusalReason } from '../lib/token-status';
import { createVerifiedValues } from '../lib/verified-values';
import { tokensTable, type AuthenticatedToken, type TokenRow } from '../data/tokens';
import { getPluginConfig, getService, type ServiceOf } from '../utils';
import { isStrapiApiToken } from '../utils/strapi-api-tokens';
import { createRevocationPoll } from './revocation-poll';
import { createTokenActivity } from './token-activity';

import type { TokenRefusalReason } from '../../../shared/contracts/tokens';

/** What the strategy hands controllers as the request's credentials. */
export type { AuthenticatedToken };

/** A Bearer value as the request presents it, parsed once (strategies/extract-bearer.ts). */
export interface PresentedToken {
  value: string;
  /** Our prefix: the value is ours by its shape. */
  prefixed: boolean;
}

/**
 * The one outcome of a request's token, which the strategy alone turns into HTTP. `tokenId` is set when the value
 * is one of our tokens, refused all the same (expired, revoked, from a refused IP...): the refusal counts for it.
 */
export type Verdict =
  | { accepted: true; token: AuthenticatedToken; rateLimit: RateLimitDecision | null; headers: Record<string, string> }
  /** `message` null: a value without our prefix that is not ours, left to the other strategies (Strapi's own 401). */
  | { accepted: false; status: 401; message: string | null; tokenId?: number }
  | (TooManyRequests & { accepted: false; tokenId?: number });

/** The token's expiry, sent with every answer to it. */
export const EXPIRATION_HEADER = 'Access-Token-Expiration';

/** The refusals a client is told about; the others answer as a value never issued would. */
const REFUSALS: Partial<Record<TokenRefusalReason, string>> = {
  expired: 'Access token expired',
  scheduled: 'Access token not valid yet',
  revoked: 'Access token revoked',
  archived: 'Access token archived',
};

const NOT_OURS = { accepted: false, status: 401, message: null } as const;

interface VerifiedToken {
  row: TokenRow;
  ipAllowed: (ip: string) => boolean;
}

/**
 * Turns a presented token value into the request's verdict: checksum, a bounded cache of verified tokens in front
 * of the database, status, IP allowlist, the failed-attempt throttle and the token's rate limit. The cache serves
 * entries only while the revocation poll (./revocation-poll.ts) is current and never stores a row read before an
 * eviction (lib/revocable-cache), so no revoked token outlives two polling intervals.
 */
const createAuthenticatorService = ({ strapi }: { strapi: Core.Strapi }) => {
  const config = getPluginConfig(strapi);
  const cache = new RevocableCache<string, VerifiedToken>(
    config.cache.maxEntries,
    config.cache.ttlMs,
    2 * config.cache.revocationCheckIntervalMs
  );
  const throttle = createFailureThrottle(config.throttle);
  const verifiedValues = createVerifiedValues({ maxClients: 10_000 });
  const activity = createTokenActivity(strapi, config.lastUsedIntervalMs);
  const revocationPoll = createRevocationPoll(strapi, cache, config.cache.revocationCheckIntervalMs);

  // Resolved once, at the first request: the services are built after this one is.
  let keyService: ServiceOf<'keys'> | undefined;
  let rateLimiter: ServiceOf<'rateLimiter'> | undefined;
  const keys = () => (keyService ??= getService('keys', { strapi }));
  const tokens = tokensTable(strapi);

  /** One query finds the token by its hash or, for a row 0.1 stored, by its old hash (then rewritten). */
  const load = async (keyHash: string, value: string): Promise<VerifiedToken | null> => {
    const cached = config.cache.enabled ? cache.get(keyHash) : undefined;
    if (cached) return cached;
    const generation = cache.generation();
    const legacyHash = keys().legacyHash(value);
    const found = await tokens.findByHash(keyHash, legacyHash);
    if (!found) return null;
    const row = getService('keyMigration', { strapi }).adoptCurrentHash(found, keyHash, legacyHash);
    const verified = { row, ipAllowed: createIpMatcher(row.ipAllowlist ?? []) };
    if (config.cache.enabled) cache.fill(generation, keyHash, verified);
    return verified;
  };

  const throttled = (client: string): Extract<Verdict, { status: 429 }> | null => {
    const retryAfterMs = config.throttle.enabled ? throttle.retryAfterMs(client) : null;
    if (retryAfterMs === null) return null;
    const retryAfter = Math.ceil(retryAfterMs / 1000);
    return { accepted: false, status: 429, message: 'Too many invalid access tokens', retryAfter };
  };

  const refuse = (client: string, message: string, tokenId?: number): Verdict => {
    const refusal = throttled(client);
    if (refusal) return { ...refusal, tokenId };
    throttle.recordFailure(client);
    return { accepted: false, status: 401, message, tokenId };
  };

  /**
   * What a value never issued gets: a 401 for one with our prefix; a custom value is left to the other strategies'
   * 401, counted as a guess unless it is their own credential (a stale users-permissions JWT, any Strapi API token).
   * A refused IP address and a replaced value get the same: saying more would confirm that a stolen value is real.
   */
  const refuseAsUnknown = async (
    { value, prefixed }: PresentedToken,
    client: string,
    tokenId?: number
  ): Promise<Verdict> => {
    if (prefixed) return refuse(client, 'Unknown access token', tokenId);
    if (looksLikeJwt(value)) return { ...NOT_OURS, tokenId };
    const refusal = throttled(client);
    if (refusal) return { ...refusal, tokenId };
    if (!(await isStrapiApiToken(strapi, value))) throttle.recordFailure(client);
    return { ...NOT_OURS, tokenId };
  };

  /**
   * A valid token, counted against its rate limit: accepted, or refused over the limit. A GraphQL request counts one
   * here, before it is parsed; graphql/root-field-weight.ts counts its other root fields.
   */
  const accept = async (token: AuthenticatedToken): Promise<Verdict> => {
    const limit = await (rateLimiter ??= getService('rateLimiter', { strapi })).check(token);
    const expiry: Record<string, string> = token.validTo
      ? { [EXPIRATION_HEADER]: new Date(token.validTo).toISOString() }
      : {};
    const headers = { ...expiry, ...limit.headers };
    if (limit.refusal) return { ...limit.refusal, accepted: false, headers, tokenId: token.id };
    return { accepted: true, token, rateLimit: limit.decision, headers };
  };

  return {
    /**
     * Prefixed values are ours by their shape. A custom value (no prefix) is ours only if it is stored: an
     * unknown one is left to the other strategies (whose 401 the client gets), but counted by the throttle.
     */
    async authenticate(presented: PresentedToken, client: string, userAgent?: string): Promise<Verdict> {
      const { value, prefixed } = presented;
      const bucket = clientBucket(client);
      if (prefixed && keys().isMalformed(value)) return refuse(bucket, 'Malformed access token');

      const keyHash = keys().hash(value);
      // A throttled client learns nothing more about new values: only those it used successfully cost a lookup.
      const blocked = throttled(bucket);
      if (blocked && !verifiedValues.has(bucket, keyHash)) return prefixed || !looksLikeJwt(value) ? blocked : NOT_OURS;

      const verified = await load(keyHash, value);
      if (!verified) return refuseAsUnknown(presented, bucket);

      const { row } = verified;
      const reason = refusalReason(row, keyHash, verified.ipAllowed(client));
      if (reason) {
        activity.recordRefusal(row.id, reason, client);
        const message = REFUSALS[reason];
        return message ? refuse(bucket, message, row.id) : refuseAsUnknown(presented, bucket, row.id);
      }

      if (config.throttle.enabled) verifiedValues.remember(bucket, keyHash);
      activity.recordUse(row.id, client, userAgent);
      // A copy only for the rare previous value: the cached row itself is shared by every request.
      return accept(row.keyHash === keyHash ? row : { ...row, viaPreviousKey: true });
    },

    /** Forgets a token on this instance at once (other instances follow through the revocation poll). */
    evict: revocationPoll.evict,

    startRevocationPolling: () => revocationPoll.start(),

    stop() {
      revocationPoll.stop();
      cache.clear();
    },
  };
};

export default createAuthenticatorService;
