import * as React from 'react';

import { positiveInt, useSearchParamsState } from '../ui/useSearchParamsState';

import { DELIVERY_STATUSES, type DeliveryListQuery, type DeliveryStatus } from '../../../shared/contracts/hooks';
import type { HookListQuery } from '../api/hooks';

export const HOOKS_PAGE_SIZE = 10;

/** The page of one table, under its own name in the URL. */
const pageAt = (searchParams: URLSearchParams, key: string) => ({
  page: positiveInt(searchParams.get(key)) ?? 1,
  pageSize: HOOKS_PAGE_SIZE,
});

/**
 * Both tables keep their filter and page in the URL, each under its own names (`tokenId`, `hooksPage`; `status`,
 * `deliveriesPage`), so paging one table leaves the other where it was and the view can be reloaded.
 */
export const useHooksPageParams = () => {
  const [searchParams, update] = useSearchParamsState();

  const hookQuery: HookListQuery = React.useMemo(
    () => ({ tokenId: positiveInt(searchParams.get('tokenId')), ...pageAt(searchParams, 'hooksPage') }),
    [searchParams]
  );
  const deliveryQuery: DeliveryListQuery = React.useMemo(
    () => ({
      status: DELIVERY_STATUSES.find((status) => status === searchParams.get('status')),
      ...pageAt(searchParams, 'deliveriesPage'),
    }),
    [searchParams]
  );

  /** A filter change goes back to the first page of its table. */
  const setters = React.useMemo(() => {
    const pageSetter = (key: string) => (page: number) => update({ [key]: page > 1 ? page : undefined });
    return {
      setTokenId: (tokenId?: number) => update({ tokenId, hooksPage: undefined }),
      setHooksPage: pageSetter('hooksPage'),
      setStatus: (status?: DeliveryStatus) => update({ status, deliveriesPage: undefined }),
      setDeliveriesPage: pageSetter('deliveriesPage'),
    };
  }, [update]);

  return { hookQuery, deliveryQuery, ...setters };
};
