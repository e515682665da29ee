import { Flex, IconButton } from '@strapi/design-system';
import { ClockCounterClockwise, Key } from '@strapi/icons';
import { useIntl } from 'react-intl';

import { getTranslation } from '../utils/getTranslation';

import type { AdminHookSubscription } from '../../../shared/contracts/hooks';

/** What an admin who may update can do to a subscription; each opens its dialog (SubscriptionDialogs). */
export type SubscriptionAction = 'rotate' | 'replay';

interface SubscriptionActionsProps {
  subscription: AdminHookSubscription;
  onAction: (action: SubscriptionAction, subscription: AdminHookSubscription) => void;
}

export const SubscriptionActions = ({ subscription, onAction }: SubscriptionActionsProps) => {
  const { formatMessage } = useIntl();
  const label = (id: string, defaultMessage: string) =>
    formatMessage({ id: getTranslation(id), defaultMessage }, { targetUrl: subscription.targetUrl });

  return (
    <Flex gap={1}>
      <IconButton
        label={label('hooks.subscriptions.rotateSecret', 'Rotate the signing secret of the hook to {targetUrl}')}
        variant="ghost"
        onClick={() => onAction('rotate', subscription)}
      >
        <Key />
      </IconButton>
      <IconButton
        label={label('hooks.subscriptions.replay', 'Replay failed deliveries to {targetUrl}')}
        variant="ghost"
        onClick={() => onAction('replay', subscription)}
      >
        <ClockCounterClockwise />
      </IconButton>
    </Flex>
  );
};
