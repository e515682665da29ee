import type { Core } from '@strapi/strapi';

import { hookSubscriptionsTable } from '../data/hook-subscriptions';
import { tokensTable, type TokenRow } from '../data/tokens';
import { legacyHashColumns } from '../lib/legacy-keys';
import { openWithAny, seal } from '../lib/secret-box';
import { getService } from '../utils';

const PAGE = 500;

/**
 * Moves what 0.1 stored under its keys to the derived ones (docs/upgrading.md). Hook secrets are resealed at
 * start-up; a token's hash is rewritten the first time the token is used, as only then is its value known.
 * Every write is a compare-and-set on the old value, so instances doing it at once, or a concurrent regenerate
 * or revoke, never undo each other. Neither is audited: a token's value, rights and status do not change,
 * only the key its hash is made with (as a password hash is upgraded at login).
 */
const createKeyMigrationService = ({ strapi }: { strapi: Core.Strapi }) => {
  const keys = () => getService('keys', { strapi });
  const rehashing = new Set<number>();

  const rehash = async (
    id: number,
    columns: ('keyHash' | 'previousKeyHash')[],
    legacyHash: string,
    currentHash: string
  ) => {
    for (const column of columns) {
      await tokensTable(strapi).rewriteHash(id, column, legacyHash, currentHash);
    }
  };

  return {
    /** Reseals the hook secrets that only 0.1's key opens; returns how many it resealed. */
    async resealHookSecrets(): Promise<number> {
      const { sealingKey, openingKeys } = keys();
      const subscriptions = hookSubscriptionsTable(strapi);
      let resealed = 0;
      let unreadable = 0;
      for (let afterId = 0; ; ) {
        const rows = await subscriptions.secretsAfter(afterId, PAGE);
        if (rows.length === 0) break;
        for (const row of rows) {
          let opened: ReturnType<typeof openWithAny>;
          try {
            opened = openWithAny(openingKeys, row.secret);
          } catch {
            unreadable += 1;
            continue;
          }
          if (opened.keyIndex === 0) continue;
          resealed += await subscriptions.replaceSecret(row.id, row.secret, {
            secret: seal(sealingKey, opened.plaintext),
          });
        }
        afterId = rows[rows.length - 1].id;
      }
      if (resealed)
        strapi.log.info(`[access-tokens] Resealed ${resealed} hook signing secret(s) under the derived key.`);
      if (unreadable)
        strapi.log.warn(
          `[access-tokens] ${unreadable} hook signing secret(s) open with no known key (was the secret changed?): their deliveries cannot be signed.`
        );
      return resealed;
    },

    /**
     * A row found by the 0.1 hash of the presented value, as it will be once rewritten: the current hash in
     * place of the old one. The rewrite runs after the request, once per token at a time, and only logs a failure.
     */
    adoptCurrentHash(row: TokenRow, currentHash: string, legacyHash: string): TokenRow {
      const columns = legacyHashColumns(row, legacyHash);
      if (columns.length === 0) return row;
      if (!rehashing.has(row.id)) {
        rehashing.add(row.id);
        setImmediate(() => {
          rehash(row.id, columns, legacyHash, currentHash)
            .catch((error: Error) =>
              strapi.log.warn(`[access-tokens] Could not rewrite the hash of token ${row.id}: ${error.message}`)
            )
            .finally(() => rehashing.delete(row.id));
        });
      }
      return { ...row, ...Object.fromEntries(columns.map((column) => [column, currentHash])) };
    },
  };
};

export default createKeyMigrationService;
