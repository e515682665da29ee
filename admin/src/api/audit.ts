import type { FetchClient } from '@strapi/strapi/admin';
import type { AuditEntry } from '../../../shared/contracts/audit';
import type { Pagination } from '../../../shared/contracts/tokens';

export interface AuditQuery {
  tokenId: number | string;
  page?: number;
  pageSize?: number;
}

export interface AuditListResponse {
  data: AuditEntry[];
  meta: { pagination: Pagination };
}

export const auditKeys = {
  all: ['access-tokens', 'audit'] as const,
  list: (query: AuditQuery) => [...auditKeys.all, query] as const,
};

export const fetchAudit = async (client: FetchClient, query: AuditQuery) => {
  const { data } = await client.get<AuditListResponse>('/access-tokens/audit', { params: query });
  return data;
};
