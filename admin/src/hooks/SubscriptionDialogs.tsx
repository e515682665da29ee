import * as React from 'react';

import { useRemoveSubscription, useReplaySubscription, useRotateSecret } from '../queries/hooks';
import { RemoveSubscriptionDialog } from './RemoveSubscriptionDialog';
import { ReplayDialog } from './ReplayDialog';
import { RotatedSecretDialog, RotateSecretDialog } from './RotateSecretDialog';

import type { AdminHookSubscription, RotateSecretResponse } from '../../../shared/contracts/hooks';
import type { SubscriptionAction } from './SubscriptionActions';

export interface OpenSubscriptionDialog {
  action: SubscriptionAction;
  subscription: AdminHookSubscription;
}

interface SubscriptionDialogsProps {
  open: OpenSubscriptionDialog | null;
  onClose: () => void;
}

/**
 * The dialogs of the subscription actions, wired to the admin API. The new secret of a rotation is kept here, not
 * in a table row, so a refetch of the list cannot close its show-once dialog.
 */
export const SubscriptionDialogs = ({ open, onClose }: SubscriptionDialogsProps) => {
  const rotate = useRotateSecret();
  const replay = useReplaySubscription();
  const remove = useRemoveSubscription();
  const [rotated, setRotated] = React.useState<RotateSecretResponse['data'] | null>(null);

  if (rotated) return <RotatedSecretDialog rotated={rotated} onClose={() => setRotated(null)} />;
  if (!open) return null;
  const { id } = open.subscription;
  // The mutations report failures themselves; the dialog closes either way.
  if (open.action === 'rotate') {
    return (
      <RotateSecretDialog
        subscription={open.subscription}
        onClose={onClose}
        onConfirm={(gracePeriodSeconds) =>
          rotate
            .mutateAsync({ id, gracePeriodSeconds })
            .then(setRotated, () => null)
            .finally(onClose)
        }
      />
    );
  }
  if (open.action === 'remove') {
    return (
      <RemoveSubscriptionDialog
        subscription={open.subscription}
        onClose={onClose}
        onConfirm={() => remove.mutateAsync(id).then(onClose, onClose)}
      />
    );
  }
  return (
    <ReplayDialog
      subscription={open.subscription}
      onClose={onClose}
      onConfirm={(since) => replay.mutateAsync({ id, since }).then(onClose, onClose)}
    />
  );
};
