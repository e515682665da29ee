import type { StatusLook } from '../ui/StatusBadge';

import type { TokenStatus } from '../../../shared/contracts/tokens';

/** How a token's status reads, on its badge and in the status filter. */
export const TOKEN_STATUS: StatusLook<TokenStatus> = {
  prefix: 'tokens.status',
  labels: { active: 'Active', scheduled: 'Scheduled', expired: 'Expired', revoked: 'Revoked', archived: 'Archived' },
  variants: { active: 'success', scheduled: 'secondary', expired: 'warning', revoked: 'danger', archived: 'neutral' },
};
