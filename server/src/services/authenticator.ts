import type { Core } from '@strapi/strapi';

import { clientBucket } from '../lib/client-address';
import { createFailureThrottle } from '../lib/failure-throttle';
import { createIpMatcher } from '../lib/ip-allowlist';
import { looksLikeJwt } from '../lib/jwt-shape';
import { RevocableCache } from '../lib/revocable-cache';
import { refusalReason } from '../lib/token-status';
import { createVerifiedValues } from '../lib/verified-values';
import { auditEntriesTable } from '../data/audit-entries';
import { tokensTable, type AuthenticatedToken, type TokenRow } from '../data/tokens';
import { getPluginConfig, getService } from '../utils';
import { isStrapiApiToken } from '../utils/strapi-api-tokens';
import { createTokenActivity } from './token-activity';

import type { TokenRefusalReason } from '../../../shared/contracts/tokens';

interface VerifiedToken {
  row: TokenRow;
  ipAllowed: (ip: string) => boolean;
}

export type Authentication =
  | { ok: true; token: AuthenticatedToken }
  /**
   * A value without our prefix that is not ours either: another strategy's, or nobody's. `tokenId` when it is one
   * of our custom values refused as if unknown (from a refused IP address, a previous value past its grace period).
   */
  | { ok: false; status: 'not-ours'; tokenId?: number }
  /** `tokenId` when the value is one of our tokens (expired, revoked, refused IP...): the refusal counts for it. */
  | { ok: false; status: 401; message: string; tokenId?: number }
  | { ok: false; status: 429; message: string; retryAfterSeconds: number; tokenId?: number };

/** The refusals a client is told about; the others answer as a value never issued would. */
const REFUSALS: Partial<Record<TokenRefusalReason, string>> = {
  expired: 'Access token expired',
  scheduled: 'Access token not valid yet',
  revoked: 'Access token revoked',
  archived: 'Access token archived',
};

const NOT_OURS = { ok: false, status: 'not-ours' } as const;

/** Audit ids are assigned before commit, so a poll re-reads this many below the last one it saw. */
const AUDIT_OVERLAP = 100;

/**
 * Turns a presented token value into a verified token: checksum, a bounded cache of verified tokens in front of
 * the database, status, IP allowlist and the failed-attempt throttle. Every change to a token writes an audit
 * entry in the same transaction; polling those entries evicts changed tokens on every instance within a second.
 * The cache serves entries only while that polling is current and never stores a row read before an eviction
 * (lib/revocable-cache), so no revoked token outlives two polling intervals.
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
  const seenAuditIds = new Set<number>();
  let lastAuditId = 0;
  let poller: NodeJS.Timeout | undefined;

  const keys = () => getService('keys', { strapi });
  const tokens = tokensTable(strapi);
  const auditEntries = auditEntriesTable(strapi);

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

  const throttled = (client: string): Extract<Authentication, { status: 429 }> | null => {
    const retryAfterMs = config.throttle.enabled ? throttle.retryAfterMs(client) : null;
    if (retryAfterMs === null) return null;
    return {
      ok: false,
      status: 429,
      message: 'Too many invalid access tokens',
      retryAfterSeconds: Math.ceil(retryAfterMs / 1000),
    };
  };

  const refuse = (client: string, message: string, tokenId?: number): Authentication => {
    const refusal = throttled(client);
    if (refusal) return { ...refusal, tokenId };
    throttle.recordFailure(client);
    return { ok: false, status: 401, message, tokenId };
  };

  /**
   * What a value never issued gets: a 401 for one with our prefix; a custom value is left to the other strategies'
   * 401, counted as a guess unless it is their own credential (a stale users-permissions JWT, any Strapi API token).
   * A refused IP address and a replaced value get the same: saying more would confirm that a stolen value is real.
   */
  const refuseAsUnknown = async (
    value: string,
    prefixed: boolean,
    client: string,
    tokenId?: number
  ): Promise<Authentication> => {
    if (prefixed) return refuse(client, 'Unknown access token', tokenId);
    if (looksLikeJwt(value)) return { ...NOT_OURS, tokenId };
    const refusal = throttled(client);
    if (refusal) return { ...refusal, tokenId };
    if (!(await isStrapiApiToken(strapi, value))) throttle.recordFailure(client);
    return { ...NOT_OURS, tokenId };
  };

  const evictChangedTokens = async () => {
    const startedAt = Date.now();
    const entries = await auditEntries.authChangesAfter(Math.max(0, lastAuditId - AUDIT_OVERLAP));
    for (const entry of entries) {
      if (seenAuditIds.has(entry.id)) continue;
      seenAuditIds.add(entry.id);
      if (entry.tokenId !== null) evict(entry.tokenId);
      lastAuditId = Math.max(lastAuditId, entry.id);
    }
    for (const id of seenAuditIds) if (id <= lastAuditId - AUDIT_OVERLAP) seenAuditIds.delete(id);
    cache.confirmCurrent(startedAt);
  };

  const evict = (tokenId: number) => cache.evictWhere((verified) => verified.row.id === tokenId);

  return {
    /**
     * Prefixed values are ours by their shape. A custom value (no prefix) is ours only if it is stored: an
     * unknown one is left to the other strategies (whose 401 the client gets), but counted by the throttle.
     */
    async authenticate(value: string, client: string, userAgent?: string): Promise<Authentication> {
      const bucket = clientBucket(client);
      const prefixed = keys().hasOurPrefix(value);
      if (prefixed && keys().isMalformed(value)) return refuse(bucket, 'Malformed access token');

      const keyHash = keys().hash(value);
      // A throttled client learns nothing more about new values: only those it used successfully cost a lookup.
      const blocked = throttled(bucket);
      if (blocked && !verifiedValues.has(bucket, keyHash)) return prefixed || !looksLikeJwt(value) ? blocked : NOT_OURS;

      const verified = await load(keyHash, value);
      if (!verified) return refuseAsUnknown(value, prefixed, bucket);

      const { row } = verified;
      const reason = refusalReason(row, keyHash, verified.ipAllowed(client));
      if (reason) {
        activity.recordRefusal(row.id, reason, client);
        const message = REFUSALS[reason];
        return message ? refuse(bucket, message, row.id) : refuseAsUnknown(value, prefixed, bucket, row.id);
      }

      if (config.throttle.enabled) verifiedValues.remember(bucket, keyHash);
      activity.recordUse(row.id, client, userAgent);
      // A copy only for the rare previous value: the cached row itself is shared by every request.
      return { ok: true, token: row.keyHash === keyHash ? row : { ...row, viaPreviousKey: true } };
    },

    /** Forgets a token on this instance at once (other instances follow through the audit poll). */
    evict,

    async startRevocationPolling() {
      const startedAt = Date.now();
      lastAuditId = await auditEntries.newestId();
      cache.confirmCurrent(startedAt);
      poller = setInterval(() => {
        evictChangedTokens().catch((error: Error) =>
          strapi.log.warn(`[access-tokens] Revocation poll failed: ${error.message}`)
        );
      }, config.cache.revocationCheckIntervalMs);
      poller.unref();
    },

    stop() {
      if (poller) clearInterval(poller);
      cache.clear();
    },
  };
};

export default createAuthenticatorService;
