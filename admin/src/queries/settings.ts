import { auditKeys, fetchAudit, type AuditQuery } from '../api/audit';
import { fetchReadme, fetchSettings, fetchZapierGuide, readmeKeys, settingsKeys } from '../api/settings';
import { fetchScopes, fetchToken, fetchTokens, tokenKeys, type TokenListRequest } from '../api/tokens';
import { fetchTokenUsage, usageKeys } from '../api/usage';
import { PAGE_QUERY, useAdminQuery } from './useAdminQuery';

import { USAGE_DEFAULT_DAYS } from '../../../shared/contracts/usage';

export const useTokens = (query: TokenListRequest) =>
  useAdminQuery(tokenKeys.list(query), (client) => fetchTokens(client, query), PAGE_QUERY);

export const useToken = (id: string | undefined) =>
  useAdminQuery(tokenKeys.detail(id ?? ''), (client) => fetchToken(client, id as string), { enabled: Boolean(id) });

export const useScopes = () => useAdminQuery(tokenKeys.scopes, fetchScopes, { staleTime: 60_000 });

export const useSettings = () => useAdminQuery(settingsKeys.all, fetchSettings, { staleTime: Infinity });

export const useReadme = () => useAdminQuery(readmeKeys.all, fetchReadme, { staleTime: Infinity });

export const useZapierGuide = () => useAdminQuery(readmeKeys.zapier, fetchZapierGuide, { staleTime: Infinity });

export const useTokenUsage = (id: number, days = USAGE_DEFAULT_DAYS) =>
  useAdminQuery(usageKeys.token(id, days), (client) => fetchTokenUsage(client, id, days));

export const useAudit = (query: AuditQuery) =>
  useAdminQuery(auditKeys.list(query), (client) => fetchAudit(client, query), PAGE_QUERY);
