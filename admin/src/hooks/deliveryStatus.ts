import type { StatusLook } from '../ui/StatusBadge';

import type { DeliveryStatus } from '../../../shared/contracts/hooks';

/** How a delivery's status reads, on its badge and in the status filter. */
export const DELIVERY_STATUS: StatusLook<DeliveryStatus> = {
  prefix: 'hooks.deliveries.status',
  labels: { pending: 'Pending', delivering: 'Sending', succeeded: 'Delivered', failed: 'Failed', dead: 'Gave up' },
  variants: { pending: 'secondary', delivering: 'primary', succeeded: 'success', failed: 'warning', dead: 'danger' },
};
