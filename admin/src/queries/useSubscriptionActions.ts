import { useQueryClient } from '@tanstack/react-query';

import { hookKeys, replaySubscription, rotateSubscriptionSecret } from '../api/hooks';
import { useAdminMutation } from './useAdminQuery';
import { useNotify } from './useNotify';
import { useT } from './useT';

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
