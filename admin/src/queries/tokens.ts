import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useFetchClient } from '@strapi/strapi/admin';

import { auditKeys } from '../api/audit';
import { hookKeys } from '../api/hooks';
import {
  createToken,
  deleteToken,
  fetchScopes,
  fetchToken,
  fetchTokens,
  regenerateToken,
  tokenKeys,
  transitionToken,
  updateToken,
  type TokenListRequest,
  type TokenTransition,
} from '../api/tokens';
import { PAGE_QUERY, useAdminQuery } from './useAdminQuery';

import type { CreateTokenInput, RegenerateTokenInput, UpdateTokenInput } from '../../../shared/contracts/tokens';

export const useTokens = (query: TokenListRequest) =>
  useAdminQuery(tokenKeys.list(query), (client) => fetchTokens(client, query), PAGE_QUERY);

export const useToken = (id: string | undefined) =>
  useAdminQuery(tokenKeys.detail(id ?? ''), (client) => fetchToken(client, id as string), { enabled: Boolean(id) });

export const useScopes = () => useAdminQuery(tokenKeys.scopes, fetchScopes, { staleTime: 60_000 });

/** Every token change can alter the list, the detail, the audit trail and the token's hooks: refresh them all. */
const useInvalidate = () => {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: tokenKeys.all }),
      queryClient.invalidateQueries({ queryKey: auditKeys.all }),
      queryClient.invalidateQueries({ queryKey: hookKeys.all }),
    ]);
};

export const useTokenMutations = () => {
  const client = useFetchClient();
  const invalidate = useInvalidate();
  const onSuccess = () => invalidate();

  return {
    create: useMutation({ mutationFn: (input: CreateTokenInput) => createToken(client, input), onSuccess }),
    update: useMutation({
      mutationFn: ({ id, input }: { id: number; input: UpdateTokenInput }) => updateToken(client, id, input),
      onSuccess,
    }),
    remove: useMutation({ mutationFn: (id: number) => deleteToken(client, id), onSuccess }),
    transition: useMutation({
      mutationFn: ({ id, transition }: { id: number; transition: TokenTransition }) =>
        transitionToken(client, id, transition),
      onSuccess,
    }),
    regenerate: useMutation({
      mutationFn: ({
        id,
        input: { gracePeriodSeconds, keepSubscriptions },
      }: {
        id: number;
        input: RegenerateTokenInput;
      }) =>
        regenerateToken(client, id, {
          ...(gracePeriodSeconds ? { gracePeriodSeconds } : {}),
          ...(keepSubscriptions ? { keepSubscriptions } : {}),
        }),
      onSuccess,
    }),
  };
};

export type TokenMutations = ReturnType<typeof useTokenMutations>;
