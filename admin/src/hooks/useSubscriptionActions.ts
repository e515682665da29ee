import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';

import { hookKeys, replaySubscription, rotateSubscriptionSecret } from '../api/hooks';
import { getErrorMessage } from '../utils/apiErrors';
import { useT } from './useT';

/** Shows a failed request's reason (Strapi's error message) as a notification. */
const useErrorNotification = () => {
  const t = useT();
  const { toggleNotification } = useNotification();
  return (error: unknown) =>
    toggleNotification({
      type: 'danger',
      message:
        getErrorMessage(error) ??
        t('tokens.notification.error', 'Something went wrong'),
    });
};

/** Rotates a subscription's signing secret; the caller shows the answered secret once. Nothing listed changes. */
export const useRotateSecret = () => {
  const client = useFetchClient();
  const onError = useErrorNotification();
  return useMutation({
    mutationFn: ({ id, gracePeriodSeconds }: { id: number; gracePeriodSeconds: number }) =>
      rotateSubscriptionSecret(client, id, gracePeriodSeconds),
    onError,
  });
};

/** Replays a subscription's failed deliveries since a date and says how many went back in the queue. */
export const useReplaySubscription = () => {
  const client = useFetchClient();
  const queryClient = useQueryClient();
  const t = useT();
  const { toggleNotification } = useNotification();
  const onError = useErrorNotification();
  return useMutation({
    mutationFn: ({ id, since }: { id: number; since: string }) => replaySubscription(client, id, since),
    onSuccess: ({ replayed }) => {
      toggleNotification({
        type: 'success',
        message: t('hooks.notification.replayed', '{count, plural, =0 {No failed delivery to replay} one {# delivery queued again} other {# deliveries queued again}}', { count: replayed }),
      });
      return queryClient.invalidateQueries({ queryKey: hookKeys.all });
    },
    onError,
  });
};
