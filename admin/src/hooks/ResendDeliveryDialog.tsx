import { ArrowClockwise } from '@strapi/icons';

import { ActionDialog, type DialogCallbacks } from '../ui/ActionDialog';
import { useT } from '../ui/useT';

import type { HookDelivery } from '../../../shared/contracts/hooks';

interface ResendDeliveryDialogProps extends DialogCallbacks {
  delivery: HookDelivery;
}

/** Retrying a delivery that succeeded sends its event a second time: the receiver acts on it again unless it deduplicates. */
export const ResendDeliveryDialog = ({ delivery, onConfirm, onClose }: ResendDeliveryDialogProps) => {
  const t = useT();
  return (
    <ActionDialog
      title={t('hooks.deliveries.resend.title', 'Send a delivered event again?')}
      body={t(
        'hooks.deliveries.resend.body',
        '{targetUrl} already received this event. It is sent again with the same webhook-id: a receiver that does not deduplicate on it acts on it twice.',
        { targetUrl: delivery.targetUrl ?? '—' }
      )}
      confirmLabel={t('hooks.deliveries.resend.confirm', 'Send again')}
      icon={<ArrowClockwise />}
      onConfirm={onConfirm}
      onClose={onClose}
    />
  );
};
