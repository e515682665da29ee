import { Badge, type BadgeProps } from '@strapi/design-system';

import { useT } from '../hooks/useT';

import type { DeliveryStatus } from '../../../shared/contracts/hooks';

const VARIANTS: Record<DeliveryStatus, NonNullable<BadgeProps['variant']>> = {
  pending: 'secondary',
  delivering: 'primary',
  succeeded: 'success',
  failed: 'warning',
  dead: 'danger',
};

export const DELIVERY_STATUS_LABELS: Record<DeliveryStatus, string> = {
  pending: 'Pending',
  delivering: 'Sending',
  succeeded: 'Delivered',
  failed: 'Failed',
  dead: 'Gave up',
};

export const DeliveryStatusBadge = ({ status }: { status: DeliveryStatus }) => {
  const t = useT();
  return (
    <Badge variant={VARIANTS[status]}>
      {t(`hooks.deliveries.status.${status}`, DELIVERY_STATUS_LABELS[status])}
    </Badge>
  );
};
