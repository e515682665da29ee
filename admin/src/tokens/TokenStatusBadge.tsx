import { StatusBadge, type BadgeVariant } from '../ui/StatusBadge';

import type { TokenStatus } from '../../../shared/contracts/tokens';

const VARIANTS: Record<TokenStatus, BadgeVariant> = {
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

export const TokenStatusBadge = ({ status }: { status: TokenStatus }) => (
  <StatusBadge status={status} variants={VARIANTS} labels={STATUS_LABELS} prefix="tokens.status" />
);
