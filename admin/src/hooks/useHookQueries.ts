import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useFetchClient } from '@strapi/strapi/admin';

import { auditKeys } from '../api/audit';
import {
  fetchDeliveries,
  fetchHookSubscriptions,
  hookKeys,
  removeSubscription,
  retryDelivery,
  type HookListQuery,
} from '../api/hooks';
import { PAGE_QUERY, useAdminQuery } from './useAdminQuery';
import { useNotify } from './useNotify';
import { useT } from './useT';

import type { DeliveryListQuery } from '../../../shared/contracts/hooks';

export const useHookSubscriptions = (query: HookListQuery) =>
  useAdminQuery(hookKeys.subscriptions(query), (client) => fetchHookSubscriptions(client, query), PAGE_QUERY);

export const useDeliveries = (query: DeliveryListQuery) =>
  useAdminQuery(hookKeys.deliveries(query), (client) => fetchDeliveries(client, query), PAGE_QUERY);

/** The admin's fetch client puts the HTTP status on the error it throws. */
const statusOf = (error: unknown) => (error as { status?: number } | null)?.status;

/**
 * Queues a delivery again and says how it went. A replay can re-enable its subscription, so both lists refresh.
 * A 409 (the delivery is being sent right now, or its subscription is gone) is shown with the server's reason.
 */
export const useRetryDelivery = () => {
  const client = useFetchClient();
  const queryClient = useQueryClient();
  const t = useT();
  const notify = useNotify();

  return useMutation({
    mutationFn: (id: number) => retryDelivery(client, id),
    onSuccess: () => {
      notify.success(t('hooks.notification.retried', 'Delivery queued again'));
      return queryClient.invalidateQueries({ queryKey: hookKeys.all });
    },
    onError: (error) => {
      if (statusOf(error) !== 409) return notify.error(error);
      notify.error(error, { type: 'warning', title: t('hooks.notification.conflict', 'Cannot retry now') });
      return queryClient.invalidateQueries({ queryKey: hookKeys.all });
    },
  });
};

/**
 * Removes a subscription and says how it went. Either way the lists refresh: a 404 means another admin, the
 * token or its receiver (410 Gone) removed it first.
 */
export const useRemoveSubscription = () => {
  const client = useFetchClient();
  const queryClient = useQueryClient();
  const t = useT();
  const notify = useNotify();

  return useMutation({
    mutationFn: (id: number) => removeSubscription(client, id),
    onSuccess: () => notify.success(t('hooks.notification.removed', 'Hook removed')),
    onError: (error) => notify.error(error),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: hookKeys.all }),
        queryClient.invalidateQueries({ queryKey: auditKeys.all }),
      ]),
  });
};
