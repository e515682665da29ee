import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useFetchClient } from '@strapi/strapi/admin';

import { auditKeys, fetchAudit, type AuditQuery } from '../api/audit';
import { fetchSettings, settingsKeys } from '../api/settings';
import { fetchScopes, fetchToken, fetchTokens, tokenKeys, type TokenListRequest } from '../api/tokens';

export const useTokens = (query: TokenListRequest) => {
  const client = useFetchClient();
  return useQuery({
    queryKey: tokenKeys.list(query),
    queryFn: () => fetchTokens(client, query),
    placeholderData: keepPreviousData,
  });
};

export const useToken = (id: string | undefined) => {
  const client = useFetchClient();
  return useQuery({
    queryKey: tokenKeys.detail(id ?? ''),
    queryFn: () => fetchToken(client, id as string),
    enabled: Boolean(id),
  });
};

export const useScopes = () => {
  const client = useFetchClient();
  return useQuery({ queryKey: tokenKeys.scopes, queryFn: () => fetchScopes(client), staleTime: 60_000 });
};

export const useSettings = () => {
  const client = useFetchClient();
  return useQuery({ queryKey: settingsKeys.all, queryFn: () => fetchSettings(client), staleTime: Infinity });
};

export const useAudit = (query: AuditQuery) => {
  const client = useFetchClient();
  return useQuery({
    queryKey: auditKeys.list(query),
    queryFn: () => fetchAudit(client, query),
    placeholderData: keepPreviousData,
  });
};
