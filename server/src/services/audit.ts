import type { Core } from '@strapi/strapi';

import { auditEntriesTable, toAuditEntryDto } from '../data/audit-entries';
import { snapshotAdmin } from '../utils/actor';
import { validateAuditListQuery } from '../validation/audit';

import type { AuditAction } from '../../../shared/contracts/audit';

export interface RecordInput {
  action: AuditAction;
  /** The token acted on (hook entries name the token that owns the hook). */
  token?: { id: number; name: string } | null;
  hook?: { id: number; targetUrl: string } | null;
  actor: Parameters<typeof snapshotAdmin>[0];
  changes: Record<string, { from: unknown; to: unknown }> | null;
}

/** The audit trail: who changed which token or hook, when and how. Never holds a secret. */
const createAuditService = ({ strapi }: { strapi: Core.Strapi }) => {
  const entries = auditEntriesTable(strapi);

  return {
    async record({ action, token, hook, actor, changes }: RecordInput) {
      await entries.create({
        action,
        subjectType: hook ? 'hook' : 'token',
        subjectId: hook?.id ?? token?.id ?? null,
        subjectName: hook?.targetUrl ?? token?.name ?? null,
        tokenId: token?.id ?? null,
        actor: snapshotAdmin(actor),
        changes: changes && Object.keys(changes).length ? changes : null,
      });
    },

    async list(rawQuery: unknown) {
      const { page, pageSize, ...filters } = await validateAuditListQuery(rawQuery ?? {});
      const { rows, pagination } = await entries.page(filters, { page, pageSize });
      return { data: rows.map(toAuditEntryDto), meta: { pagination } };
    },
  };
};

export default createAuditService;
