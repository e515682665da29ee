import type { FetchClient } from '@strapi/strapi/admin';
import type { AuditListQuery, AuditListResponse } from '../../../shared/contracts/audit';

/** One token's trail (the detail page passes its id from the URL) or the whole log, filtered. */
export interface AuditQuery extends Omit<AuditListQuery, 'tokenId'> {
  tokenId?: number | string;
}

export const auditKeys = {
  all: ['access-tokens', 'audit'] as const,
  list: (query: AuditQuery) => [...auditKeys.all, query] as const,
};

export const fetchAudit = async (client: FetchClient, query: AuditQuery) => {
  const { data } = await client.get<AuditListResponse>('/access-tokens/audit', { params: query });
  return data;
};
