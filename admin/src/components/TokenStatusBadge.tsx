import { Badge, type BadgeProps } from '@strapi/design-system';

import { useT } from '../hooks/useT';

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
  const t = useT();
  return (
    <Badge variant={VARIANTS[status]}>
      {t(`tokens.status.${status}`, STATUS_LABELS[status])}
    </Badge>
  );
};
