import type { Core } from '@strapi/strapi';

import { USAGE_COUNTERS, type UsageCounts } from '../lib/usage-counts';

import type { UsageRow } from '../lib/usage-pending';

export const TOKEN_USAGE_UID = 'plugin::access-tokens.token-usage';

/** Rows one upsert writes at most (about 12 parameters each: far below every database's limit). */
export const UPSERT_BATCH = 200;

interface UsageMeta {
  tableName: string;
  attributes: Record<string, { columnName?: string }>;
}

type StoredRow = UsageRow & { id: number };

/**
 * The only module that reads or writes the usage table. Counts are added with an upsert per (token, day, hour)
 * that increments in the database (`ON CONFLICT ... DO UPDATE SET n = n + excluded.n`, `ON DUPLICATE KEY
 * UPDATE n = n + VALUES(n)` on MySQL/MariaDB), so instances writing the same bucket at once never lose a count.
 */
export const usageTable = (strapi: Core.Strapi) => {
  const table = () => strapi.db.query(TOKEN_USAGE_UID);
  const meta = () => strapi.db.metadata.get(TOKEN_USAGE_UID) as unknown as UsageMeta;
  const columnOf = (attribute: string) => meta().attributes[attribute]?.columnName ?? attribute;

  const increment = (counter: string) => {
    const column = columnOf(counter);
    const knex = strapi.db.connection;
    // COALESCE: rows stored before a counter existed hold NULL in its column (Strapi adds columns without default).
    return strapi.db.dialect.client === 'mysql'
      ? knex.raw('COALESCE(??, 0) + VALUES(??)', [column, column])
      : knex.raw('COALESCE(??, 0) + ??', [`${meta().tableName}.${column}`, `excluded.${column}`]);
  };

  const fromStored = (row: Record<string, unknown>): StoredRow => ({
    id: Number(row.id),
    tokenId: Number(row.tokenId),
    day: String(row.day),
    hour: Number(row.hour),
    counts: Object.fromEntries(USAGE_COUNTERS.map((counter) => [counter, Number(row[counter] ?? 0)])) as UsageCounts,
  });

  return {
    /** Adds one batch (at most UPSERT_BATCH rows, one per bucket) in one statement: all of it or nothing. */
    async add(rows: UsageRow[]) {
      if (rows.length === 0) return;
      const now = new Date();
      await strapi.db
        .queryBuilder(TOKEN_USAGE_UID)
        .insert(
          rows.map(({ tokenId, day, hour, counts }) => ({
            tokenId,
            day,
            hour,
            ...counts,
            createdAt: now,
            updatedAt: now,
          }))
        )
        .onConflict(['tokenId', 'day', 'hour'].map(columnOf))
        .merge({
          ...Object.fromEntries(USAGE_COUNTERS.map((counter) => [columnOf(counter), increment(counter)])),
          [columnOf('updatedAt')]: now,
        })
        .execute();
    },

    /** The stored rows of these tokens from `fromDay` (YYYY-MM-DD) on. */
    async rowsOf(tokenIds: number[], fromDay: string): Promise<StoredRow[]> {
      if (tokenIds.length === 0) return [];
      const rows = (await table().findMany({
        select: ['id', 'tokenId', 'day', 'hour', ...USAGE_COUNTERS],
        where: { tokenId: { $in: tokenIds }, day: { $gte: fromDay } },
      })) as Record<string, unknown>[];
      return rows.map(fromStored);
    },

    /** In the caller's transaction, if any. */
    async removeOfToken(tokenId: number): Promise<void> {
      await table().deleteMany({ where: { tokenId } });
    },

    /** Deletes at most `limit` rows of days before `day`; returns how many went. */
    async removeBefore(day: string, limit: number): Promise<number> {
      const old = (await table().findMany({
        select: ['id'],
        where: { day: { $lt: day } },
        orderBy: { id: 'asc' },
        limit,
      })) as { id: number }[];
      if (old.length > 0) await table().deleteMany({ where: { id: { $in: old.map((row) => row.id) } } });
      return old.length;
    },
  };
};
