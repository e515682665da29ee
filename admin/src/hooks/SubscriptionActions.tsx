import { Flex, IconButton } from '@strapi/design-system';
import { ClockCounterClockwise, Key, Trash } from '@strapi/icons';

import { useT } from '../ui/useT';

import type { AdminHookSubscription } from '../../../shared/contracts/hooks';

/** What an admin can do to a subscription; each opens its dialog (SubscriptionDialogs). */
export type SubscriptionAction = 'rotate' | 'replay' | 'remove';

interface SubscriptionActionsProps {
  subscription: AdminHookSubscription;
  /** The actions this admin may take: rotate and replay need update, remove needs delete. */
  allowed: readonly SubscriptionAction[];
  onAction: (action: SubscriptionAction, subscription: AdminHookSubscription) => void;
}

const ACTIONS = [
  {
    action: 'rotate',
    id: 'hooks.subscriptions.rotateSecret',
    defaultMessage: 'Rotate the signing secret of the hook to {targetUrl}',
    icon: <Key />,
  },
  {
    action: 'replay',
    id: 'hooks.subscriptions.replay',
    defaultMessage: 'Replay failed deliveries to {targetUrl}',
    icon: <ClockCounterClockwise />,
  },
  {
    action: 'remove',
    id: 'hooks.subscriptions.remove',
    defaultMessage: 'Remove the hook to {targetUrl}',
    icon: <Trash />,
  },
] as const;

export const SubscriptionActions = ({ subscription, allowed, onAction }: SubscriptionActionsProps) => {
  const t = useT();

  return (
    <Flex gap={1}>
      {ACTIONS.filter(({ action }) => allowed.includes(action)).map(({ action, id, defaultMessage, icon }) => (
        <IconButton
          key={action}
          label={t(id, defaultMessage, { targetUrl: subscription.targetUrl })}
          variant="ghost"
          onClick={() => onAction(action, subscription)}
        >
          {icon}
        </IconButton>
      ))}
    </Flex>
  );
};
