import { errors } from '@strapi/utils';

import { lockCallerToken } from './caller-lock';
import { generateWebhookSecret } from './standard-webhooks';
import { openWithAny, seal } from '../lib/secret-box';
import { toAdminSubscriptionDto, toSubscriptionDto, type SubscriptionRow } from '../data/hook-subscriptions';
import type { TokenRef, TokenRow } from '../data/tokens';
import { getPluginConfig } from '../utils';
import type { snapshotAdmin } from '../utils/actor';
import type { HookValidationContext, SubscribeInput } from '../validation/hooks';

import type { AuditLog, HookTables, SealingKeys } from './collaborators';
import type { HookContentTypes } from './content-types';
import type {
  AdminHookSubscription,
  ValidHookListQuery,
  HookListResponse,
  HookSubscription,
  HookSubscriptionWithSecret,
} from '../../../shared/contracts/hooks';

/** The answer to an id that names no subscription (of the calling token, on the token's routes). */
export const SUBSCRIPTION_NOT_FOUND = 'Hook subscription not found';

/** The admin who acted; null for the token itself or the system. */
type Actor = Parameters<typeof snapshotAdmin>[0];

/** A token's REST hook subscriptions: subscribe, list, unsubscribe; the signing secret is sealed at rest. */
export const createHookSubscriptions = ({
  strapi,
  subscriptions,
  deliveries,
  tokens,
  audit,
  keys,
  contentTypes,
}: HookTables & { audit: AuditLog; keys: SealingKeys; contentTypes: HookContentTypes }) => {
  /** A key for this purpose only, derived by the keys service; 0.1's key still opens (key-migration reseals). */
  const key = () => keys.sealingKey;

  const contentTypeProblem = (token: TokenRow) => (uid: string) => contentTypes.problem(token, uid);

  const validationContext = (token: TokenRow): HookValidationContext => ({
    contentTypeProblem: contentTypeProblem(token),
    allowPrivateTargets: getPluginConfig(strapi).hooks.allowPrivateTargets,
  });

  const ensureRoom = async (token: TokenRow) => {
    const max = getPluginConfig(strapi).hooks.maxSubscriptionsPerToken;
    const held = await subscriptions.countOfToken(token.id);
    if (held < max) return;
    const message = `This access token already has ${held} hook subscriptions, the most allowed (${max}): unsubscribe one first`;
    throw new errors.ValidationError(message, {
      maxSubscriptionsPerToken: max,
      errors: [{ path: [], message, name: 'ValidationError' }],
    });
  };

  return {
    validationContext,
    contentTypeProblem,
    openSecret: (row: SubscriptionRow) => openWithAny(keys.openingKeys, row.secret).plaintext,
    sealSecret: (secret: string) => seal(key(), secret),

    async listForToken(token: TokenRow): Promise<HookSubscription[]> {
      const rows = await subscriptions.ofToken(token.id);
      return rows.map(toSubscriptionDto);
    },

    async subscribe(token: TokenRow, input: SubscribeInput): Promise<HookSubscriptionWithSecret> {
      const secret = generateWebhookSecret();
      const row = await strapi.db.transaction(async ({ trx }) => {
        // Counted under the token's lock: concurrent subscribes cannot all see room for one more.
        await lockCallerToken(tokens, trx, token);
        await ensureRoom(token);
        const created = await subscriptions.create({
          tokenId: token.id,
          event: input.event,
          contentType: input.contentType,
          targetUrl: input.targetUrl,
          secret: seal(key(), secret),
          consecutiveFailures: 0,
        });
        await audit.record({
          action: 'hook.subscribe',
          token,
          hook: created,
          actor: null,
          changes: { event: { from: null, to: input.event }, contentType: { from: null, to: input.contentType } },
        });
        return created;
      });
      return { ...toSubscriptionDto(row), secret };
    },

    async unsubscribe(token: TokenRow, id: number) {
      const row = await subscriptions.findOwned(id, token.id);
      if (!row) throw new errors.NotFoundError(SUBSCRIPTION_NOT_FOUND);
      await this.remove(row, token, 'unsubscribed');
    },

    /**
     * Deletes a subscription (unsubscribe, 410 Gone, token gone, an admin) and abandons what it still had queued.
     * False when it was already gone.
     */
    async remove(row: SubscriptionRow, token: TokenRef | null, reason: string, actor: Actor = null) {
      return (await strapi.db.transaction(async () => {
        // deleteMany counts the rows this statement removed: of two concurrent removals, only one goes on.
        if ((await subscriptions.remove(row.id)) === 0) return false;
        await deliveries.abandonQueued(row.id, `Subscription removed: ${reason}`);
        if (token || actor)
          await audit.record({
            action: 'hook.unsubscribe',
            token,
            hook: row,
            actor,
            changes: reason === 'unsubscribed' ? null : { reason: { from: null, to: reason } },
          });
        return true;
      })) as boolean;
    },

    /** DELETE /access-tokens/hooks/:id: an admin removes any token's subscription (a leaked token's, say). */
    async removeByAdmin(id: number, actor: Actor): Promise<AdminHookSubscription> {
      const row = await subscriptions.findById(id);
      const [token = null] = row ? await tokens.refsByIds([row.tokenId]) : [];
      if (!row || !(await this.remove(row, token, 'removed by an admin', actor)))
        throw new errors.NotFoundError(SUBSCRIPTION_NOT_FOUND);
      return toAdminSubscriptionDto(row, token?.name ?? null);
    },

    /** Removes every subscription of a token (regenerate, unless keepSubscriptions); answers how many. */
    async removeAllOfToken(token: TokenRef, reason: string, actor: Actor) {
      const rows = await subscriptions.ofToken(token.id);
      let removed = 0;
      for (const row of rows) if (await this.remove(row, token, reason, actor)) removed += 1;
      return removed;
    },

    /** Stops a subscription that has failed for too long; it stays listed with its disabledAt. */
    async disable(row: SubscriptionRow, reason: string) {
      await subscriptions.update(row.id, { disabledAt: new Date() });
      await deliveries.abandonQueued(row.id, `Subscription disabled: ${reason}`);
    },

    async adminList({ tokenId, page, pageSize }: ValidHookListQuery): Promise<HookListResponse> {
      const { rows, pagination } = await subscriptions.page({ tokenId }, { page, pageSize });
      const refs = await tokens.refsByIds([...new Set(rows.map((row) => row.tokenId))]);
      const names = new Map(refs.map((token) => [token.id, token.name]));
      return {
        data: rows.map((row) => toAdminSubscriptionDto(row, names.get(row.tokenId) ?? null)),
        meta: { pagination },
      };
    },
  };
};

export type HookSubscriptions = ReturnType<typeof createHookSubscriptions>;
