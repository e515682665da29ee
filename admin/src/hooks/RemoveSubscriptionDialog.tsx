import { Typography } from '@strapi/design-system';
import { WarningCircle } from '@strapi/icons';

import { ActionDialog, type DialogCallbacks } from '../ui/ActionDialog';
import { Mono } from '../ui/Mono';
import { useT } from '../ui/useT';

import type { AdminHookSubscription } from '../../../shared/contracts/hooks';

interface RemoveSubscriptionDialogProps extends DialogCallbacks {
  subscription: AdminHookSubscription;
}

/** Removing a hook stops its deliveries at once, queued ones included; the token may subscribe again. */
export const RemoveSubscriptionDialog = ({ subscription, onConfirm, onClose }: RemoveSubscriptionDialogProps) => {
  const t = useT();
  return (
    <ActionDialog
      title={t('hooks.remove.title', 'Remove hook')}
      confirmLabel={t('hooks.remove.confirm', 'Remove')}
      icon={<WarningCircle fill="danger600" />}
      variant="danger-light"
      onConfirm={onConfirm}
      onClose={onClose}
    >
      <Mono>{subscription.targetUrl}</Mono>
      <Typography>
        {t(
          'hooks.remove.body',
          'This URL receives no more events and its queued deliveries are abandoned. A token that is still valid can subscribe again: to stop a leaked token, revoke or regenerate it too.'
        )}
      </Typography>
    </ActionDialog>
  );
};
