import type { Core } from '@strapi/strapi';

import type { RevocableCache } from '../lib/revocable-cache';
import { auditEntriesTable } from '../data/audit-entries';

/** Audit ids are assigned before commit, so a poll re-reads this many below the last one it saw. */
const AUDIT_OVERLAP = 100;

/**
 * Every change to a token writes an audit entry in the same transaction; polling those entries every `intervalMs`
 * evicts changed tokens from this instance's cache of verified tokens, so every instance follows within a second.
 * Each completed poll confirms the cache current (lib/revocable-cache), which serves entries only while it is.
 */
export const createRevocationPoll = <Verified extends { row: { id: number } }>(
  strapi: Core.Strapi,
  cache: RevocableCache<string, Verified>,
  intervalMs: number
) => {
  const auditEntries = auditEntriesTable(strapi);
  const seenAuditIds = new Set<number>();
  let lastAuditId = 0;
  let poller: NodeJS.Timeout | undefined;

  const evict = (tokenId: number) => cache.evictWhere((verified) => verified.row.id === tokenId);

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

  return {
    /** Forgets a token on this instance at once (other instances follow through the poll). */
    evict,

    async start() {
      const startedAt = Date.now();
      lastAuditId = await auditEntries.newestId();
      cache.confirmCurrent(startedAt);
      poller = setInterval(() => {
        evictChangedTokens().catch((error: Error) =>
          strapi.log.warn(`[access-tokens] Revocation poll failed: ${error.message}`)
        );
      }, intervalMs);
      poller.unref();
    },

    stop() {
      if (poller) clearInterval(poller);
    },
  };
};
