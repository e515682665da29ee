import { useQueryClient } from '@tanstack/react-query';

import { auditKeys } from '../api/audit';
import {
  fetchDeliveries,
  fetchHookSubscriptions,
  hookKeys,
  removeSubscription,
  replaySubscription,
  retryDelivery,
  rotateSubscriptionSecret,
  type HookListQuery,
} from '../api/hooks';
import { PAGE_QUERY, useAdminMutation, useAdminQuery } from './useAdminQuery';
import { useNotify } from '../ui/useNotify';
import { useT } from '../ui/useT';

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
  const queryClient = useQueryClient();
  const t = useT();
  const notify = useNotify();
  const refresh = () => queryClient.invalidateQueries({ queryKey: hookKeys.all });

  return useAdminMutation(retryDelivery, {
    onSuccess: () => {
      notify.success(t('hooks.notification.retried', 'Delivery queued again'));
      return refresh();
    },
    onError: (error) => {
      if (statusOf(error) !== 409) return notify.error(error);
      notify.error(error, { type: 'warning', title: t('hooks.notification.conflict', 'Cannot retry now') });
      return refresh();
    },
  });
};

/**
 * Removes a subscription and says how it went. Either way the lists refresh: a 404 means another admin, the
 * token or its receiver (410 Gone) removed it first.
 */
export const useRemoveSubscription = () => {
  const queryClient = useQueryClient();
  const t = useT();
  const notify = useNotify();

  return useAdminMutation(removeSubscription, {
    onSuccess: () => notify.success(t('hooks.notification.removed', 'Hook removed')),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: hookKeys.all }),
        queryClient.invalidateQueries({ queryKey: auditKeys.all }),
      ]),
  });
};

/** Rotates a subscription's signing secret; the caller shows the answered secret once. Nothing listed changes. */
export const useRotateSecret = () =>
  useAdminMutation((client, { id, gracePeriodSeconds }: { id: number; gracePeriodSeconds: number }) =>
    rotateSubscriptionSecret(client, id, gracePeriodSeconds)
  );

/** Replays a subscription's failed deliveries since a date and says how many went back in the queue. */
export const useReplaySubscription = () => {
  const queryClient = useQueryClient();
  const t = useT();
  const notify = useNotify();
  return useAdminMutation(
    (client, { id, since }: { id: number; since: string }) => replaySubscription(client, id, since),
    {
      onSuccess: ({ replayed }) => {
        notify.success(
          t(
            'hooks.notification.replayed',
            '{count, plural, =0 {No failed delivery to replay} one {# delivery queued again} other {# deliveries queued again}}',
            { count: replayed }
          )
        );
        return queryClient.invalidateQueries({ queryKey: hookKeys.all });
      },
    }
  );
};
