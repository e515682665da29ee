import {
  keepPreviousData,
  useMutation,
  useQuery,
  type QueryKey,
  type UseMutationOptions,
  type UseQueryOptions,
} from '@tanstack/react-query';
import { useFetchClient, type FetchClient } from '@strapi/strapi/admin';

import { useNotify } from '../ui/useNotify';

/** A request of the plugin's admin API (api/*.ts), cached under its key. */
export const useAdminQuery = <T>(
  queryKey: QueryKey,
  request: (client: FetchClient) => Promise<T>,
  options: Omit<UseQueryOptions<T>, 'queryKey' | 'queryFn'> = {}
) => {
  const client = useFetchClient();
  return useQuery({ queryKey, queryFn: () => request(client), ...options });
};

/** A page of a list: the page shown stays until the next one has loaded. */
export const PAGE_QUERY = { placeholderData: keepPreviousData } as const;

/** A change through the admin API; a failure is notified with the server's reason unless `onError` is given. */
export const useAdminMutation = <Variables, Result>(
  request: (client: FetchClient, variables: Variables) => Promise<Result>,
  options: Omit<UseMutationOptions<Result, Error, Variables>, 'mutationFn'> = {}
) => {
  const client = useFetchClient();
  const notify = useNotify();
  return useMutation({
    mutationFn: (variables: Variables) => request(client, variables),
    onError: (error) => notify.error(error),
    ...options,
  });
};
