import * as React from 'react';

import { positiveInt, useSearchParamsState } from '../ui/useSearchParamsState';

import { ACCESS_LEVELS, type AccessLevel } from '../../../shared/access-levels';
import { TOKEN_STATUSES, type TokenStatus } from '../../../shared/contracts/tokens';
import { TOKEN_SORT_FIELDS, type TokenListQuery, type TokenSortField } from '../../../shared/contracts/token-list';
import type { TokenListRequest } from '../api/tokens';

export const DEFAULT_SORT = 'name:asc' as const;
export const DEFAULT_PAGE_SIZE = 25;

export type TokenFilterValues = Pick<
  TokenListRequest,
  'search' | 'accessKey' | 'accessLevel' | 'status' | 'scope' | 'expiresSoon'
>;
export type SortValue = NonNullable<TokenListQuery['sort']>;

const URL_FILTER_KEYS = ['search', 'accessLevel', 'status', 'scope'] as const;

const oneOf = <T extends string>(allowed: readonly T[], value: string | null): T | undefined =>
  value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;

const parseSort = (value: string | null): SortValue => {
  const [field, order] = (value ?? '').split(':');
  return oneOf(TOKEN_SORT_FIELDS, field) && (order === 'asc' || order === 'desc')
    ? (`${field as TokenSortField}:${order}` as SortValue)
    : DEFAULT_SORT;
};

/**
 * The list's filters, sort and page live in the URL query, so a filtered view can be reloaded and shared. The token
 * value is the exception: a URL reaches logs and the browser history, so it stays in memory (and travels in a body).
 */
export const useTokenListParams = () => {
  const [searchParams, update] = useSearchParamsState();
  const [accessKey, setAccessKey] = React.useState<string | undefined>();

  const query: TokenListRequest = React.useMemo(
    () => ({
      search: searchParams.get('search') || undefined,
      accessKey,
      accessLevel: oneOf<AccessLevel>(ACCESS_LEVELS, searchParams.get('accessLevel')),
      status: oneOf<TokenStatus>(TOKEN_STATUSES, searchParams.get('status')),
      scope: searchParams.get('scope') || undefined,
      expiresSoon: searchParams.get('expiresSoon') === 'true' ? true : undefined,
      sort: parseSort(searchParams.get('sort')),
      page: positiveInt(searchParams.get('page')) ?? 1,
      pageSize: positiveInt(searchParams.get('pageSize')) ?? DEFAULT_PAGE_SIZE,
    }),
    [searchParams, accessKey]
  );

  /** A filter change goes back to the first page. */
  const setFilters = React.useCallback(
    (filters: TokenFilterValues) => {
      setAccessKey(filters.accessKey || undefined);
      update({
        ...Object.fromEntries(URL_FILTER_KEYS.map((key) => [key, filters[key]])),
        expiresSoon: filters.expiresSoon ? 'true' : undefined,
        page: undefined,
      });
    },
    [update]
  );
  const setSort = React.useCallback((sort: SortValue) => update({ sort, page: undefined }), [update]);
  const setPage = React.useCallback((page: number) => update({ page }), [update]);

  const filters: TokenFilterValues = {
    ...Object.fromEntries(URL_FILTER_KEYS.map((key) => [key, query[key]])),
    expiresSoon: query.expiresSoon,
    accessKey,
  };

  return { query, filters, setFilters, setSort, setPage };
};
