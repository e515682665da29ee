import { Badge, type BadgeProps } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import { getTranslation } from '../utils/getTranslation';

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
  const { formatMessage } = useIntl();
  return (
    <Badge variant={VARIANTS[status]}>
      {formatMessage({
        id: getTranslation(`hooks.deliveries.status.${status}`),
        defaultMessage: DELIVERY_STATUS_LABELS[status],
      })}
    </Badge>
  );
};
