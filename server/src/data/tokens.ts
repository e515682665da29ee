import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { formatMaskedKey } from '../lib/token-format';
import { deriveTokenStatus } from '../lib/token-status';
import { createStore, iso, type DbDate } from './store';

import type { AccessToken, AccessLevel, AdminSnapshot } from '../../../shared/contracts/tokens';

export const TOKEN_UID = 'plugin::access-tokens.token';

/** A token row as the database holds it (dates come back as Date or string depending on the client). */
export interface TokenRow {
  id: number;
  name: string;
  /** The name in lower case: unique, and what the list sorts by. */
  nameKey: string;
  description: string | null;
  accessLevel: AccessLevel;
  scopes: string[] | null;
  /** `|uid|uid|`, see lib/token-list. */
  scopeKey: string | null;
  ipAllowlist: string[] | null;
  validFrom: DbDate | null;
  validTo: DbDate | null;
  keyHash: string;
  keyPrefix: string;
  keyLastFour: string;
  previousKeyHash: string | null;
  previousKeyExpiresAt: DbDate | null;
  revokedAt: DbDate | null;
  archivedAt: DbDate | null;
  lastUsedAt: DbDate | null;
  creator: AdminSnapshot | null;
  /** The creator's display name in lower case, what "created by" sorts by. */
  creatorName: string | null;
  createdAt: DbDate;
  updatedAt: DbDate;
}

/** The credentials of an authenticated request: the row, marked when the value used was the previous one. */
export interface AuthenticatedToken extends TokenRow {
  /** Set when the request carried the value a regeneration replaced, still in its grace period. */
  viaPreviousKey?: true;
}

/** The public shape of a token: derived status and masked key, never a hash. */
export const toTokenDto = (row: TokenRow, now: Date = new Date()): AccessToken => {
  const graceEnds = iso(row.previousKeyExpiresAt);
  return {
    id: row.id,
    name: row.name,
    description: row.description ?? null,
    accessLevel: row.accessLevel,
    scopes: row.scopes ?? [],
    ipAllowlist: row.ipAllowlist ?? [],
    validFrom: iso(row.validFrom),
    validTo: iso(row.validTo),
    maskedKey: formatMaskedKey({ prefix: row.keyPrefix, lastFour: row.keyLastFour }),
    status: deriveTokenStatus(row, now),
    previousKeyExpiresAt: graceEnds && Date.parse(graceEnds) > now.getTime() ? graceEnds : null,
    revokedAt: iso(row.revokedAt),
    archivedAt: iso(row.archivedAt),
    lastUsedAt: iso(row.lastUsedAt),
    createdAt: iso(row.createdAt) as string,
    updatedAt: iso(row.updatedAt) as string,
    createdBy: row.creator ?? null,
  };
};

/** What hook entries and lists name a token by. */
export type TokenRef = Pick<TokenRow, 'id' | 'name'>;

type Transaction = Parameters<ReturnType<Core.Strapi['db']['getConnection']>['transacting']>[0];

/** The token table: the only module that queries it. */
export const tokensTable = (strapi: Core.Strapi) => {
  const store = createStore<TokenRow>(strapi, TOKEN_UID);
  return {
    ...store,
    refsByIds: (ids: number[]): Promise<TokenRef[]> => store.select(['id', 'name'], { where: { id: { $in: ids } } }),

    /**
     * Locks the token's row until the transaction ends (SELECT ... FOR UPDATE) and checks, under the lock, that
     * the value the request authenticated with is still the token's current one and the token still active. A
     * regeneration that drops the token's hooks, or a revocation, may commit while a request authenticated just
     * before it is still running: what that request creates must not outlive it. SQLite has a single connection
     * and so one transaction at a time.
     */
    async lockCurrent(trx: Transaction, token: TokenRow) {
      await strapi.db.getConnection(strapi.db.metadata.get(TOKEN_UID).tableName).transacting(trx).where({ id: token.id }).forUpdate().select('id');
      const current = await store.findById(token.id);
      if (!current || current.keyHash !== token.keyHash || deriveTokenStatus(current) !== 'active') {
        throw new errors.UnauthorizedError('This access token was regenerated or ended while the request ran');
      }
    },
  };
};
