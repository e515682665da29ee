import { errors } from '@strapi/utils';

import type { Transaction, TokenRow, tokensTable } from '../data/tokens';
import { deriveTokenStatus } from '../lib/token-status';

/**
 * Locks the calling token's row for a hook change, and refuses a request authenticated just before a regeneration
 * or an ending of its token committed: its value is no longer the current one, or the token no longer active.
 */
export const lockCallerToken = async (
  tokens: ReturnType<typeof tokensTable>,
  trx: Transaction,
  caller: TokenRow
): Promise<void> => {
  const current = await tokens.lockedRow(trx, caller.id);
  if (!current || current.keyHash !== caller.keyHash || deriveTokenStatus(current) !== 'active') {
    throw new errors.UnauthorizedError('This access token was regenerated or ended while the request ran');
  }
};
