import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { formatMaskedKey } from '../lib/token-format';
import { DAY_MS } from '../lib/token-lifetime';
import { deriveTokenStatus, toTime } from '../lib/token-status';
import { createStore, iso } from './store';

import type {
  AccessToken,
  AccessLevel,
  AdminSnapshot,
  RateLimit,
  TokenRefusal,
  TokenRefusalReason,
} from '../../../shared/contracts/tokens';

export const TOKEN_UID = 'plugin::access-tokens.token';

/** A token row as the database holds it (dates come back as Date or string depending on the client). */
export interface TokenRow {
  id: number;
  name: string;
  nameKey: string;
  description: string | null;
  accessLevel: AccessLevel;
  scopes: string[] | null;
  scopeKey: string | null;
  ipAllowlist: string[] | null;
  validFrom: Date | string | null;
  validTo: Date | string | null;
  rateLimit: RateLimit | null;
  keyHash: string;
  keyPrefix: string;
  keyLastFour: string;
  previousKeyHash: string | null;
  previousKeyExpiresAt: Date | string | null;
  revokedAt: Date | string | null;
  archivedAt: Date | string | null;
  lastUsedAt: Date | string | null;
  lastUsedIp?: string | null;
  lastUsedUserAgent?: string | null;
  lastRefusedAt?: Date | string | null;
  lastRefusalReason?: TokenRefusalReason | null;
  lastRefusedIp?: string | null;
  creator: AdminSnapshot | null;
  creatorName: string | null;
  /** The environment variable of a token from the `tokens` option (services/provisioning); null otherwise. */
  provisionedFrom?: string | null;
  createdAt: Date | string;
  updatedAt: Date | string;
}

/** The credentials of an authenticated request: the row, marked when the value used was the previous one. */
export interface AuthenticatedToken extends TokenRow {
  /** Set when the request carried the value a regeneration replaced, still in its grace period. */
  viaPreviousKey?: true;
}

const lastRefusalOf = (row: TokenRow): TokenRefusal | null => {
  const at = iso(row.lastRefusedAt);
  return at && row.lastRefusalReason ? { at, reason: row.lastRefusalReason, ip: row.lastRefusedIp ?? null } : null;
};

/**
 * The public shape of a token: derived status and masked key, never a hash. `soonDays`: the window of
 * `expiresSoon`, the largest expiry-warning threshold.
 */
export const toTokenDto = (
  row: TokenRow,
  { soonDays, now = new Date() }: { soonDays: number; now?: Date }
): AccessToken => {
  const graceEnds = iso(row.previousKeyExpiresAt);
  const status = deriveTokenStatus(row, now);
  return {
    id: row.id,
    name: row.name,
    description: row.description ?? null,
    accessLevel: row.accessLevel,
    scopes: row.scopes ?? [],
    ipAllowlist: row.ipAllowlist ?? [],
    validFrom: iso(row.validFrom),
    validTo: iso(row.validTo),
    rateLimit: row.rateLimit ?? null,
    maskedKey: formatMaskedKey({ prefix: row.keyPrefix, lastFour: row.keyLastFour }),
    status,
    expiresSoon: status === 'active' && (toTime(row.validTo) ?? Infinity) <= now.getTime() + soonDays * DAY_MS,
    previousKeyExpiresAt: graceEnds && Date.parse(graceEnds) > now.getTime() ? graceEnds : null,
    revokedAt: iso(row.revokedAt),
    archivedAt: iso(row.archivedAt),
    lastUsedAt: iso(row.lastUsedAt),
    lastUsedIp: row.lastUsedIp ?? null,
    lastUsedUserAgent: row.lastUsedUserAgent ?? null,
    lastRefusal: lastRefusalOf(row),
    createdAt: iso(row.createdAt) as string,
    updatedAt: iso(row.updatedAt) as string,
    createdBy: row.creator ?? null,
    provisionedFrom: row.provisionedFrom ?? null,
  };
};

/** What hook entries and lists name a token by. */
export type TokenRef = Pick<TokenRow, 'id' | 'name'>;

export type Transaction = Parameters<ReturnType<Core.Strapi['db']['getConnection']>['transacting']>[0];

/** The token table: the only module that queries it. */
export const tokensTable = (strapi: Core.Strapi) => {
  const store = createStore<TokenRow>(strapi, TOKEN_UID);
  /**
   * Locks the row until the transaction ends, then reads it. A write that changes nothing locks the row on
   * PostgreSQL and MySQL as SELECT ... FOR UPDATE would, and on SQLite takes the database's write lock at once,
   * waiting out another process's write: a read first would hold a lock SQLite cannot upgrade while another
   * connection writes, and the transaction's next write would fail with SQLITE_BUSY.
   */
  const lockedRow = async (trx: Transaction, id: number) => {
    await strapi.db
      .getConnection(strapi.db.metadata.get(TOKEN_UID).tableName)
      .transacting(trx)
      .where({ id })
      .update({ id });
    return store.findById(id);
  };
  return {
    ...store,
    lockedRow,
    refsByIds: (ids: number[]): Promise<TokenRef[]> => store.select(['id', 'name'], { where: { id: { $in: ids } } }),

    /**
     * Locks the token's row and checks under the lock that the request's value is still current and the token active: what a request authenticated just
     * before a regeneration or revocation creates must not outlive it.
     */
    async lockCurrent(trx: Transaction, token: TokenRow) {
      const current = await lockedRow(trx, token.id);
      if (!current || current.keyHash !== token.keyHash || deriveTokenStatus(current) !== 'active') {
        throw new errors.UnauthorizedError('This access token was regenerated or ended while the request ran');
      }
    },
  };
};
