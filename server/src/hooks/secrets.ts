import { errors } from '@strapi/utils';

import { graceEndsAt, secretsInForce } from '../lib/secret-rotation';
import { generateWebhookSecret } from './standard-webhooks';
import type { SubscriptionRow } from '../data/hook-subscriptions';
import { iso } from '../lib/iso-date';
import type { TokenRef, TokenRow } from '../data/tokens';
import { getPluginConfig } from '../utils';
import { ConflictError } from '../utils/errors';

import type { RotateSecretRequest, RotateSecretResponse } from '../../../shared/contracts/hooks';
import type { AdminUserLike } from '../utils/actor';
import type { AuditLog, HookTables } from './collaborators';
import type { HookSubscriptions } from './subscriptions';
import { lockCallerToken } from './caller-lock';
import { SUBSCRIPTION_NOT_FOUND } from './subscriptions';

/**
 * Signing secrets of hook subscriptions: which ones sign a delivery now, and rotation. Sealing and opening are
 * the subscriptions module's (`box`: one key); both secrets are stored sealed.
 */
export const createHookSecrets = ({
  strapi,
  subscriptions,
  tokens,
  box,
  audit,
}: Omit<HookTables, 'deliveries'> & { box: Pick<HookSubscriptions, 'sealSecret' | 'openSecret'>; audit: AuditLog }) => {
  const findRow = async (id: number, tokenId?: number) => {
    const row = await subscriptions.findOwned(id, tokenId);
    if (!row) throw new errors.NotFoundError(SUBSCRIPTION_NOT_FOUND);
    return row;
  };

  /** A new secret; the current one keeps signing next to it for the grace period, then stops. */
  const rotate = async (
    row: SubscriptionRow,
    token: TokenRef | null,
    input: RotateSecretRequest,
    actor: AdminUserLike | null,
    /** The token whose own request this is: still current under its lock, or the rotation is refused. */
    caller?: TokenRow
  ): Promise<RotateSecretResponse['data']> => {
    const { gracePeriodSeconds = getPluginConfig(strapi).hooks.secretRotationGraceSeconds } = input;
    const secret = generateWebhookSecret();
    const expiresAt = graceEndsAt(gracePeriodSeconds);
    await strapi.db.transaction(async ({ trx }) => {
      if (caller) await lockCallerToken(tokens, trx, caller);
      // Conditional on the secret read: of two concurrent rotations one wins, and the other is told, not lost.
      const count = await subscriptions.replaceSecret(row.id, row.secret, {
        secret: box.sealSecret(secret),
        previousSecret: expiresAt ? row.secret : null,
        previousSecretExpiresAt: expiresAt,
      });
      if (count === 0)
        throw new ConflictError('The secret of this subscription changed meanwhile: rotate it again', { id: row.id });
      await audit.record({
        action: 'hook.rotateSecret',
        token,
        hook: row,
        actor,
        changes: { gracePeriodSeconds: { from: null, to: gracePeriodSeconds } },
      });
    });
    return { id: row.id, secret, previousSecretExpiresAt: iso(expiresAt) };
  };

  return {
    /** The opened secrets a delivery is signed with now: the current one, and the previous one during its grace period. */
    signingSecrets: (sub: SubscriptionRow, now = new Date()): string[] =>
      secretsInForce(sub, now).map((secret) => box.openSecret({ ...sub, secret })),

    /** Content API: only the calling token's own subscription (404 for any other). */
    async rotateForToken(token: TokenRow, id: number, input: RotateSecretRequest) {
      return rotate(await findRow(id, token.id), token, input, null, token);
    },

    /** Admin API: any subscription, audited with the admin. */
    async rotateForAdmin(id: number, input: RotateSecretRequest, admin: AdminUserLike) {
      const row = await findRow(id);
      const [token] = await tokens.refsByIds([row.tokenId]);
      return rotate(row, token ?? null, input, admin);
    },
  };
};

export type HookSecrets = ReturnType<typeof createHookSecrets>;
