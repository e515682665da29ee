import type { Core } from '@strapi/strapi';

import { createStore, paginationOf, type Pagination } from './store';
import { listSegments, pageAcrossSegments, statusWhere, toScopeKey, type ListQuery } from './token-list';

import type {
  AccessLevel,
  AdminSnapshot,
  Permissions,
  RateLimit,
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
  /** A custom token's permissions, stored as validated (validation/permissions.ts); null for the other levels. */
  permissions?: Permissions | null;
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
  /** The nearest expiry warning sent for the current `validTo`, in days (services/expiry-warnings). */
  expiryWarnedDays?: number | null;
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

/** What hook entries and lists name a token by. */
export type TokenRef = Pick<TokenRow, 'id' | 'name'>;

export type Transaction = Parameters<ReturnType<Core.Strapi['db']['getConnection']>['transacting']>[0];

/** What a write sets; the search columns `nameKey` and `scopeKey` follow `name` and `scopes` (`withSearchKeys`). */
export type TokenWrite = Partial<Omit<TokenRow, 'id' | 'nameKey' | 'scopeKey' | 'createdAt' | 'updatedAt'>>;

/** Names compare case-insensitively on every database through `nameKey`. */
const nameKeyOf = (name: string) => name.toLowerCase();

const withSearchKeys = (data: TokenWrite) => ({
  ...data,
  ...(data.name === undefined ? {} : { nameKey: nameKeyOf(data.name) }),
  ...(data.scopes === undefined ? {} : { scopeKey: toScopeKey(data.scopes ?? []) }),
});

/** Tokens whose current or previous value has one of these keyed hashes (the grace period is the caller's to judge). */
const heldByAny = (hashes: string[]) => ({
  $or: [{ keyHash: { $in: hashes } }, { previousKeyHash: { $in: hashes } }],
});

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
    findById: store.findById,
    findByIds: store.findByIds,
    refsByIds: (ids: number[]): Promise<TokenRef[]> => store.select(['id', 'name'], { where: { id: { $in: ids } } }),
    /** The token one of these values (its hash, or its 0.1 hash) is the current or previous value of. */
    findByHash: (...hashes: string[]) => store.findOne({ where: heldByAny(hashes) }),
    /** Every token any of these hashes is the current or previous value of. */
    findAllByHash: (hashes: string[]) => store.findMany({ where: heldByAny(hashes) }),
    /** The token with this name, in any case, other than `exceptId`. */
    findByName: (name: string, exceptId?: number) =>
      store.findOne({ where: { nameKey: nameKeyOf(name), ...(exceptId ? { id: { $ne: exceptId } } : {}) } }),
    /** The token the `tokens` option provisioned from this environment variable. */
    findProvisionedFrom: (variable: string) => store.findOne({ where: { provisionedFrom: variable } }),
    /** The provisioned tokens whose name is none of these. */
    provisionedOutside: (names: string[]) =>
      store.findMany({
        where: {
          provisionedFrom: { $notNull: true },
          ...(names.length ? { nameKey: { $notIn: names.map(nameKeyOf) } } : {}),
        },
      }),
    /** One page of the admin list: its segments counted, then the slices the page takes read in order. */
    async page(query: ListQuery, now: Date): Promise<{ rows: TokenRow[]; pagination: Pagination }> {
      const segments = listSegments(query, now);
      const counts = await Promise.all(segments.map(({ where }) => store.count(where)));
      const { slices, total } = pageAcrossSegments(counts, query);
      const rows: TokenRow[] = [];
      for (const { segment, offset, limit } of slices) {
        rows.push(...(await store.findMany({ ...segments[segment], offset, limit })));
      }
      return { rows, pagination: paginationOf(query, total) };
    },
    /** Active tokens that end by `until`, soonest first, a batch at a time. */
    activeEndingBy: (until: Date, now: Date, batch: { offset: number; limit: number }) =>
      store.findMany({
        where: { $and: [statusWhere('active', now), { validTo: { $lte: until } }] },
        orderBy: [{ validTo: 'asc' }, { id: 'asc' }],
        ...batch,
      }),
    /**
     * Records that the warning for `due` days was sent for the token's end as read, unless one as near was already:
     * true for the one caller that set it.
     */
    claimExpiryWarning: async (row: Pick<TokenRow, 'id' | 'validTo'>, due: number): Promise<boolean> =>
      (await store.updateMany(
        {
          id: row.id,
          validTo: row.validTo,
          $or: [{ expiryWarnedDays: { $null: true } }, { expiryWarnedDays: { $gt: due } }],
        },
        { expiryWarnedDays: due }
      )) === 1,
    /** Replaces a stored hash, unless it changed meanwhile (a compare-and-set). */
    rewriteHash: async (id: number, column: 'keyHash' | 'previousKeyHash', from: string, to: string) => {
      await store.updateMany({ id, [column]: from }, { [column]: to });
    },
    /** Ends the grace period of the previous value read, unless it changed or ended meanwhile: true if it did. */
    endPreviousKey: async (row: Pick<TokenRow, 'id' | 'previousKeyHash'>, now: Date): Promise<boolean> =>
      (await store.updateMany(
        { id: row.id, previousKeyHash: row.previousKeyHash, previousKeyExpiresAt: { $gt: now } },
        { previousKeyHash: null, previousKeyExpiresAt: null }
      )) > 0,
    create: (data: TokenWrite) => store.create(withSearchKeys(data)),
    update: (id: number, data: TokenWrite) => store.update(id, withSearchKeys(data)),
    delete: store.delete,
    lockedRow,
  };
};
