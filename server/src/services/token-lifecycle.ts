import type { Core } from '@strapi/strapi';

import type { TokenRow, TokenWrite } from '../data/tokens';
import { provisionedValueMessage } from '../lib/provisioned-tokens';
import { diffTokens, type Changes } from '../lib/token-changes';
import { deriveTokenStatus } from '../lib/token-status';
import { getService } from '../utils';
import type { snapshotAdmin } from '../utils/actor';
import { ConflictError } from '../utils/errors';
import { validateRegenerateToken } from '../validation/tokens';
import { createTokenWrites } from './token-writes';

import { REVOKE_REASONS, type RevokeReason } from '../../../shared/contracts/audit';
import type { AccessToken, AccessTokenWithKey } from '../../../shared/contracts/tokens';

type Actor = Parameters<typeof snapshotAdmin>[0];

/** The tokens service's changes of state: revoke, archive, restore, and a new value (regenerate). */
export const createTokenLifecycle = ({ strapi }: { strapi: Core.Strapi }) => {
  const { tokens, audit, findRow, write, forgetCached, keyColumns, toDto } = createTokenWrites(strapi);

  const transition = async (
    id: number,
    actor: Actor,
    action: 'revoke' | 'archive' | 'restore',
    allowed: (status: ReturnType<typeof deriveTokenStatus>) => boolean,
    changes: (now: Date) => TokenWrite,
    reason?: RevokeReason,
    check?: (row: TokenRow) => void
  ): Promise<AccessToken> => {
    const row = await findRow(id);
    const status = deriveTokenStatus(row);
    if (!allowed(status)) {
      throw new ConflictError(`Cannot ${action} a token that is ${status}`, { status });
    }
    check?.(row);
    const data = changes(new Date());
    const updated = await write(async () => {
      const result = await tokens.update(id, data);
      const changes = reason ? { ...diffTokens(row, data), reason: { from: null, to: reason } } : diffTokens(row, data);
      await audit().record({ action: `token.${action}`, token: result, actor, changes });
      return result;
    });
    forgetCached(id);
    return toDto(updated);
  };

  return {
    /**
     * Ends the token now: valid-to becomes now and the status revoked. Without an admin (`actor` null), `reason`
     * says who asked: a leak report or the token itself.
     */
    revoke: (id: number, actor: Actor, reason?: RevokeReason) =>
      transition(
        id,
        actor,
        'revoke',
        // A leaked value is ended for good, even on an archived or expired token that could be restored or extended.
        (status) =>
          reason === REVOKE_REASONS.reportedLeak ? status !== 'revoked' : status === 'active' || status === 'scheduled',
        (now) => ({ revokedAt: now, validTo: now, previousKeyHash: null, previousKeyExpiresAt: null }),
        reason
      ),

    archive: (id: number, actor: Actor) =>
      transition(
        id,
        actor,
        'archive',
        (status) => status !== 'archived',
        (now) => ({ archivedAt: now })
      ),

    restore: (id: number, actor: Actor) =>
      transition(
        id,
        actor,
        'restore',
        (status) => status === 'archived',
        () => ({ archivedAt: null }),
        undefined,
        (row) => getService('tokenLifetime', { strapi }).assertRestore(row)
      ),

    /**
     * A new value; with a grace period the old one keeps working until it ends (like Stripe's roll). Unless
     * keepSubscriptions, the token's hooks go in the same transaction: a thief's subscription must not outlive it.
     */
    async regenerate(id: number, body: unknown, actor: Actor): Promise<AccessTokenWithKey> {
      const row = await findRow(id);
      const { gracePeriodSeconds = 0, keepSubscriptions = false } = await validateRegenerateToken(body);
      if (row.provisionedFrom) {
        throw new ConflictError(provisionedValueMessage(row.name, row.provisionedFrom), {
          provisionedFrom: row.provisionedFrom,
        });
      }
      const status = deriveTokenStatus(row);
      if (status === 'revoked' || status === 'archived') {
        throw new ConflictError(`Cannot regenerate a token that is ${status}`, { status });
      }
      const accessKey = getService('keys', { strapi }).generate();
      const graceEnds = gracePeriodSeconds > 0 ? new Date(Date.now() + gracePeriodSeconds * 1000) : null;
      const data = {
        ...keyColumns(accessKey),
        previousKeyHash: graceEnds ? row.keyHash : null,
        previousKeyExpiresAt: graceEnds,
      };
      const updated = await write(async () => {
        const result = await tokens.update(id, data);
        const changes: Changes = { gracePeriodSeconds: { from: null, to: gracePeriodSeconds } };
        if (keepSubscriptions) {
          changes.keepSubscriptions = { from: null, to: true };
        } else {
          const dropped = await getService('hookSubscriptions', { strapi }).removeAllOfToken(
            result,
            'token regenerated',
            actor
          );
          changes.droppedSubscriptions = { from: null, to: dropped };
        }
        await audit().record({ action: 'token.regenerate', token: result, actor, changes });
        return result;
      });
      forgetCached(id);
      return { ...toDto(updated), accessKey };
    },
  };
};
