import type { FetchClient } from '@strapi/strapi/admin';
import type { AuditEntry, AuditListQuery } from '../../../shared/contracts/audit';
import type { Pagination } from '../../../shared/contracts/tokens';

/** One token's trail (the detail page passes its id from the URL) or the whole log, filtered. */
export interface AuditQuery extends Omit<AuditListQuery, 'tokenId'> {
  tokenId?: number | string;
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
