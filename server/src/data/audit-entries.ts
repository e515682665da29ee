import type { Core } from '@strapi/strapi';

import { iso, type DbDate } from '../lib/iso-date';
import { createStore, type PageRequest } from './store';

import { TOKEN_EVICTING_ACTIONS, type AuditEntry, type AuditListQuery } from '../../../shared/contracts/audit';

export const AUDIT_ENTRY_UID = 'plugin::access-tokens.audit-entry';

export type AuditEntryRow = Omit<AuditEntry, 'createdAt'> & { createdAt: DbDate };

/** What recording an entry sets; the database gives the id and the time. */
export type AuditEntryWrite = Omit<AuditEntryRow, 'id' | 'createdAt'>;

/** The filters of the admin's audit log. */
export type AuditFilters = Pick<AuditListQuery, 'subjectType' | 'tokenId' | 'action'>;

export const toAuditEntryDto = (row: AuditEntryRow): AuditEntry => ({
  id: row.id,
  action: row.action,
  subjectType: row.subjectType,
  subjectId: row.subjectId,
  subjectName: row.subjectName,
  tokenId: row.tokenId,
  actor: row.actor,
  changes: row.changes,
  createdAt: iso(row.createdAt) as string,
});

/** The audit entry table: the only module that queries it. */
export const auditEntriesTable = (strapi: Core.Strapi) => {
  const store = createStore<AuditEntryRow>(strapi, AUDIT_ENTRY_UID);
  return {
    create: (data: AuditEntryWrite) => store.create(data),

    /** Newest first; a filter left out matches every entry. */
    page: ({ subjectType, tokenId, action }: AuditFilters, request: PageRequest) =>
      store.page(
        {
          where: {
            ...(subjectType ? { subjectType } : {}),
            ...(tokenId ? { tokenId } : {}),
            ...(action ? { action } : {}),
          },
          orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        },
        request
      ),

    newestId: async (): Promise<number> =>
      (await store.select(['id'], { orderBy: { id: 'desc' }, limit: 1 }))[0]?.id ?? 0,

    /** The token each entry after `afterId` that changes how a token authenticates concerns (the revocation poll). */
    authChangesAfter: (afterId: number) =>
      store.select(['id', 'tokenId'], {
        where: { id: { $gt: afterId }, action: { $in: TOKEN_EVICTING_ACTIONS } },
        orderBy: { id: 'asc' },
      }),

    /** Deletes at most `limit` entries created before `cutoff` with an id below `belowId`, oldest first: how many went. */
    async removeOlderThan(cutoff: Date, belowId: number, limit: number): Promise<number> {
      const old = await store.select(['id'], {
        where: { createdAt: { $lt: cutoff }, id: { $lt: belowId } },
        orderBy: { id: 'asc' },
        limit,
      });
      if (old.length === 0) return 0;
      return store.deleteMany({ id: { $in: old.map((row) => row.id) } });
    },
  };
};
