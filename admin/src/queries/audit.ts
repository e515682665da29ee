import { auditKeys, fetchAudit, type AuditQuery } from '../api/audit';
import { PAGE_QUERY, useAdminQuery } from './useAdminQuery';

export const useAudit = (query: AuditQuery) =>
  useAdminQuery(auditKeys.list(query), (client) => fetchAudit(client, query), PAGE_QUERY);
