import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import type { AuthenticatedToken, TokenRow } from '../data/tokens';
import { iso } from '../lib/iso-date';
import { heldValue } from '../lib/leak-match';
import { getService } from '../utils';
import { createTokenWrites } from './token-writes';

import { REVOKE_REASONS, type RevokeReason } from '../../../shared/contracts/audit';

/** What a value ended: the whole token (its current value), or only the grace period of a replaced value. */
export interface EndedValue {
  ended: 'token' | 'previous-key';
  /** The token as it was read just before. */
  row: TokenRow;
}

/**
 * What the holder of a token value ends without an admin, through DELETE /me or a leak report (`reason`): the whole
 * token for its current value; for a value a regeneration replaced, only that value. The replaced value, maybe the
 * leaked one, must not end the new value the integration has moved to.
 */
const createHeldValuesService = ({ strapi }: { strapi: Core.Strapi }) => {
  const { tokens, audit, findRow, write, forgetCached } = createTokenWrites(strapi);

  /** A compare-and-set on the replaced value's hash: of two concurrent ends, or an end and a regeneration, one wins. */
  const endPreviousKey = async (row: TokenRow, reason: RevokeReason): Promise<boolean> => {
    const ended = await write(async () => {
      if (!(await tokens.endPreviousKey(row, new Date()))) return false;
      await audit().record({
        action: 'token.previous-key-ended',
        token: row,
        actor: null,
        changes: {
          reason: { from: null, to: reason },
          previousKeyExpiresAt: { from: iso(row.previousKeyExpiresAt), to: null },
        },
      });
      return true;
    });
    // The audit entry evicts it on the other instances.
    if (ended) forgetCached(row.id);
    return ended;
  };

  /** Ends what `hashes` hold of token `id`; null when they hold nothing live of it (any more). */
  const endHeldValue = async (
    id: number,
    hashes: ReadonlySet<string>,
    reason: RevokeReason
  ): Promise<EndedValue | null> => {
    // Decided on the row as stored now: a cache up to a second behind, or a report's earlier read, may still take
    // a value just replaced for the current one.
    const row = await findRow(id);
    const held = heldValue(row, hashes);
    if (held === 'current') {
      await getService('tokens', { strapi }).revoke(id, null, reason);
      return { ended: 'token', row };
    }
    if (held === 'previous' && (await endPreviousKey(row, reason))) return { ended: 'previous-key', row };
    return null;
  };

  return {
    endHeldValue,

    /**
     * DELETE /me: the value the request carried ends itself. 401 when a concurrent change (a revocation, a leak
     * report, a regeneration without grace) ended it first: it no longer works either way.
     */
    async endCallingValue(token: AuthenticatedToken): Promise<EndedValue> {
      const hash = token.viaPreviousKey ? token.previousKeyHash : token.keyHash;
      const ended = hash ? await endHeldValue(token.id, new Set([hash]), REVOKE_REASONS.self) : null;
      if (!ended)
        throw new errors.UnauthorizedError('This access token was regenerated or ended while the request ran');
      if (ended.ended === 'previous-key') {
        getService('notifier', { strapi }).previousKeysEnded([ended.row], REVOKE_REASONS.self, new Date());
      }
      return ended;
    },
  };
};

export type HeldValuesService = ReturnType<typeof createHeldValuesService>;

export default createHeldValuesService;
