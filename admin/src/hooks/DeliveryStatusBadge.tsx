import { StatusBadge, type BadgeVariant } from '../ui/StatusBadge';

import type { DeliveryStatus } from '../../../shared/contracts/hooks';

const VARIANTS: Record<DeliveryStatus, BadgeVariant> = {
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

export const DeliveryStatusBadge = ({ status }: { status: DeliveryStatus }) => (
  <StatusBadge status={status} variants={VARIANTS} labels={DELIVERY_STATUS_LABELS} prefix="hooks.deliveries.status" />
);
