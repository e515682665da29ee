import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';

import { auditKeys } from '../api/audit';
import {
  fetchDeliveries,
  fetchHookSubscriptions,
  hookKeys,
  removeSubscription,
  retryDelivery,
  type HookListQuery,
} from '../api/hooks';
import { getErrorMessage } from '../utils/apiErrors';
import { useT } from './useT';

import type { DeliveryListQuery } from '../../../shared/contracts/hooks';

export const useHookSubscriptions = (query: HookListQuery, { enabled = true } = {}) => {
  const client = useFetchClient();
  return useQuery({
    queryKey: hookKeys.subscriptions(query),
    queryFn: () => fetchHookSubscriptions(client, query),
    placeholderData: keepPreviousData,
    enabled,
  });
};

export const useDeliveries = (query: DeliveryListQuery) => {
  const client = useFetchClient();
  return useQuery({
    queryKey: hookKeys.deliveries(query),
    queryFn: () => fetchDeliveries(client, query),
    placeholderData: keepPreviousData,
  });
};

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
  const { toggleNotification } = useNotification();

  return useMutation({
    mutationFn: (id: number) => retryDelivery(client, id),
    onSuccess: () => {
      toggleNotification({
        type: 'success',
        message: t('hooks.notification.retried', 'Delivery queued again'),
      });
      return queryClient.invalidateQueries({ queryKey: hookKeys.all });
    },
    onError: (error) => {
      const conflict = statusOf(error) === 409;
      toggleNotification({
        type: conflict ? 'warning' : 'danger',
        title: conflict
          ? t('hooks.notification.conflict', 'Cannot retry now')
          : undefined,
        message:
          getErrorMessage(error) ??
          t('tokens.notification.error', 'Something went wrong'),
      });
      if (conflict) void queryClient.invalidateQueries({ queryKey: hookKeys.all });
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
  const { toggleNotification } = useNotification();

  return useMutation({
    mutationFn: (id: number) => removeSubscription(client, id),
    onSuccess: () =>
      toggleNotification({
        type: 'success',
        message: t('hooks.notification.removed', 'Hook removed'),
      }),
    onError: (error) =>
      toggleNotification({
        type: 'danger',
        message:
          getErrorMessage(error) ??
          t('tokens.notification.error', 'Something went wrong'),
      }),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: hookKeys.all }),
        queryClient.invalidateQueries({ queryKey: auditKeys.all }),
      ]),
  });
};
