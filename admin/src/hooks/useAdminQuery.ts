import { keepPreviousData, useQuery, type QueryKey, type UseQueryOptions } from '@tanstack/react-query';
import { useFetchClient, type FetchClient } from '@strapi/strapi/admin';

type Options<T> = Omit<UseQueryOptions<T>, 'queryKey' | 'queryFn'>;

/** A request of the plugin's admin API (api/*.ts), cached under its key. */
export const useAdminQuery = <T>(queryKey: QueryKey, request: (client: FetchClient) => Promise<T>, options: Options<T> = {}) => {
  const client = useFetchClient();
  return useQuery({ queryKey, queryFn: () => request(client), ...options });
};

/** A page of a list: the page shown stays until the next one has loaded. */
export const PAGE_QUERY = { placeholderData: keepPreviousData } as const;
