import type { Core } from '@strapi/strapi';

import { createStore, iso, type DbDate } from './store';

import { TOKEN_EVICTING_ACTIONS, type AuditEntry } from '../../../shared/contracts/audit';

export const AUDIT_ENTRY_UID = 'plugin::access-tokens.audit-entry';

export type AuditEntryRow = Omit<AuditEntry, 'createdAt'> & { createdAt: DbDate };

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
    ...store,
    newestId: async (): Promise<number> =>
      (await store.select(['id'], { orderBy: { id: 'desc' }, limit: 1 }))[0]?.id ?? 0,
    /** The token each entry after `afterId` that changes how a token authenticates concerns (the revocation poll). */
    authChangesAfter: (afterId: number) =>
      store.select(['id', 'tokenId'], {
        where: { id: { $gt: afterId }, action: { $in: TOKEN_EVICTING_ACTIONS } },
        orderBy: { id: 'asc' },
      }),
  };
};
