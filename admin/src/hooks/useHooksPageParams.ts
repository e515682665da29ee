import * as React from 'react';

import { useSearchParamsState } from './useSearchParamsState';

import { DELIVERY_STATUSES, type DeliveryListQuery, type DeliveryStatus } from '../../../shared/contracts/hooks';
import type { HookListQuery } from '../api/hooks';

export const HOOKS_PAGE_SIZE = 10;

const positiveInt = (value: string | null) => {
  const parsed = Number.parseInt(value ?? '', 10);
  return Number.isFinite(parsed) && parsed > 0 ? parsed : undefined;
};

const deliveryStatus = (value: string | null) => DELIVERY_STATUSES.find((status) => status === value);

/**
 * Both tables keep their filter and page in the URL, each under its own names (`tokenId`, `hooksPage`; `status`,
 * `deliveriesPage`), so paging one table leaves the other where it was and the view can be reloaded.
 */
export const useHooksPageParams = () => {
  const [searchParams, update] = useSearchParamsState();

  const hookQuery: HookListQuery = React.useMemo(
    () => ({
      tokenId: positiveInt(searchParams.get('tokenId')),
      page: positiveInt(searchParams.get('hooksPage')) ?? 1,
      pageSize: HOOKS_PAGE_SIZE,
    }),
    [searchParams]
  );
  const deliveryQuery: DeliveryListQuery = React.useMemo(
    () => ({
      status: deliveryStatus(searchParams.get('status')),
      page: positiveInt(searchParams.get('deliveriesPage')) ?? 1,
      pageSize: HOOKS_PAGE_SIZE,
    }),
    [searchParams]
  );


  return {
    hookQuery,
    deliveryQuery,
    /** A filter change goes back to the first page of its table. */
    setTokenId: React.useCallback((tokenId?: number) => update({ tokenId, hooksPage: undefined }), [update]),
    setHooksPage: React.useCallback((page: number) => update({ hooksPage: page > 1 ? page : undefined }), [update]),
    setStatus: React.useCallback((status?: DeliveryStatus) => update({ status, deliveriesPage: undefined }), [update]),
    setDeliveriesPage: React.useCallback(
      (page: number) => update({ deliveriesPage: page > 1 ? page : undefined }),
      [update]
    ),
  };
};
