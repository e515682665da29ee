import { Badge, type BadgeProps } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import { getTranslation } from '../utils/getTranslation';

import type { TokenStatus } from '../../../shared/contracts/tokens';

const VARIANTS: Record<TokenStatus, NonNullable<BadgeProps['variant']>> = {
  active: 'success',
  scheduled: 'secondary',
  expired: 'warning',
  revoked: 'danger',
  archived: 'neutral',
};

export const STATUS_LABELS: Record<TokenStatus, string> = {
  active: 'Active',
  scheduled: 'Scheduled',
  expired: 'Expired',
  revoked: 'Revoked',
  archived: 'Archived',
};

export const TokenStatusBadge = ({ status }: { status: TokenStatus }) => {
  const { formatMessage } = useIntl();
  return (
    <Badge variant={VARIANTS[status]}>
      {formatMessage({ id: getTranslation(`tokens.status.${status}`), defaultMessage: STATUS_LABELS[status] })}
    </Badge>
  );
};
