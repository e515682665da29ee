import type { Core } from '@strapi/strapi';

import { AUDIT_ENTRY_UID } from '../utils';
import { snapshotAdmin } from '../utils/actor';
import { validateAuditListQuery } from '../validation/audit';

import type { AuditAction, AuditEntry } from '../../../shared/contracts/audit';

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
  const entries = () => strapi.db.query(AUDIT_ENTRY_UID);

  return {
    async record({ action, token, hook, actor, changes }: RecordInput) {
      await entries().create({
        data: {
          action,
          subjectType: hook ? 'hook' : 'token',
          subjectId: hook?.id ?? token?.id ?? null,
          subjectName: hook?.targetUrl ?? token?.name ?? null,
          tokenId: token?.id ?? null,
          actor: snapshotAdmin(actor),
          changes: changes && Object.keys(changes).length ? changes : null,
        },
      });
    },

    async list(rawQuery: unknown) {
      const { page, pageSize, subjectType, tokenId, action } = await validateAuditListQuery(rawQuery ?? {});
      const where = {
        ...(subjectType ? { subjectType } : {}),
        ...(tokenId ? { tokenId } : {}),
        ...(action ? { action } : {}),
      };
      const [rows, total] = await Promise.all([
        entries().findMany({ where, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], offset: (page - 1) * pageSize, limit: pageSize }),
        entries().count({ where }),
      ]);
      return {
        data: rows.map(
          (row): AuditEntry => ({
            id: row.id,
            action: row.action,
            subjectType: row.subjectType,
            subjectId: row.subjectId,
            subjectName: row.subjectName,
            tokenId: row.tokenId,
            actor: row.actor,
            changes: row.changes,
            createdAt: new Date(row.createdAt).toISOString(),
          })
        ),
        meta: { pagination: { page, pageSize, pageCount: Math.ceil(total / pageSize), total } },
      };
    },
  };
};

export type AuditService = ReturnType<typeof createAuditService>;
export default createAuditService;
