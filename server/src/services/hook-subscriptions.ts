import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { generateWebhookSecret } from '../lib/standard-webhooks';
import { openWithAny, seal } from '../lib/secret-box';
import { hookDeliveriesTable } from '../data/hook-deliveries';
import {
  hookSubscriptionsTable,
  toAdminSubscriptionDto,
  toSubscriptionDto,
  type SubscriptionRow,
} from '../data/hook-subscriptions';
import { tokensTable, type TokenRef, type TokenRow } from '../data/tokens';
import { getPluginConfig, getService } from '../utils';
import type { snapshotAdmin } from '../utils/actor';
import type { HookValidationContext, SubscribeInput } from '../validation/hooks';

import type {
  AdminHookSubscription,
  ValidHookListQuery,
  HookListResponse,
  HookSubscription,
  HookSubscriptionWithSecret,
} from '../../../shared/contracts/hooks';

/** The admin who acted; null for the token itself or the system. */
type Actor = Parameters<typeof snapshotAdmin>[0];

/** A token's REST hook subscriptions: subscribe, list, unsubscribe; the signing secret is sealed at rest. */
const createHookSubscriptionsService = ({ strapi }: { strapi: Core.Strapi }) => {
  const subscriptions = hookSubscriptionsTable(strapi);
  const tokens = tokensTable(strapi);
  const audit = () => getService('audit', { strapi });
  /** A key for this purpose only, derived by the keys service; 0.1's key still opens (key-migration reseals). */
  const key = () => getService('keys', { strapi }).sealingKey;

  const contentTypeProblem = (token: TokenRow) => (uid: string) =>
    getService('hookContentTypes', { strapi }).problem(token, uid);

  const validationContext = (token: TokenRow): HookValidationContext => ({
    contentTypeProblem: contentTypeProblem(token),
    allowPrivateTargets: getPluginConfig(strapi).hooks.allowPrivateTargets,
  });

  const ensureRoom = async (token: TokenRow) => {
    const max = getPluginConfig(strapi).hooks.maxSubscriptionsPerToken;
    const held = await subscriptions.count({ tokenId: token.id });
    if (held < max) return;
    const message = `This access token already has ${held} hook subscriptions, the most allowed (${max}): unsubscribe one first`;
    throw new errors.ValidationError(message, {
      maxSubscriptionsPerToken: max,
      errors: [{ path: [], message, name: 'ValidationError' }],
    });
  };

  /** Marks what is still queued for a subscription as dead (history stays visible to admins). */
  const abandonQueued = (subscriptionId: number, reason: string) =>
    hookDeliveriesTable(strapi).updateMany(
      { subscriptionId, status: { $in: ['pending', 'failed'] } },
      { status: 'dead', lastError: reason, nextAttemptAt: null }
    );

  return {
    validationContext,
    contentTypeProblem,
    openSecret: (row: SubscriptionRow) => openWithAny(getService('keys', { strapi }).openingKeys, row.secret).plaintext,
    sealSecret: (secret: string) => seal(key(), secret),

    async listForToken(token: TokenRow): Promise<HookSubscription[]> {
      const rows = await subscriptions.findMany({ where: { tokenId: token.id }, orderBy: { id: 'asc' } });
      return rows.map(toSubscriptionDto);
    },

    async subscribe(token: TokenRow, input: SubscribeInput): Promise<HookSubscriptionWithSecret> {
      const secret = generateWebhookSecret();
      const row = await strapi.db.transaction(async ({ trx }) => {
        // Counted under the token's lock: concurrent subscribes cannot all see room for one more.
        await tokens.lockCurrent(trx, token);
        await ensureRoom(token);
        const created = await subscriptions.create({
          tokenId: token.id,
          event: input.event,
          contentType: input.contentType,
          targetUrl: input.targetUrl,
          secret: seal(key(), secret),
          consecutiveFailures: 0,
        });
        await audit().record({
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
      const row = Number.isSafeInteger(id) ? await subscriptions.findOne({ where: { id, tokenId: token.id } }) : null;
      if (!row) throw new errors.NotFoundError('Hook subscription not found');
      await this.remove(row, token, 'unsubscribed');
    },

    /**
     * Deletes a subscription (unsubscribe, 410 Gone, token gone, an admin) and abandons what it still had queued.
     * False when it was already gone.
     */
    async remove(row: SubscriptionRow, token: TokenRef | null, reason: string, actor: Actor = null) {
      return (await strapi.db.transaction(async () => {
        // deleteMany counts the rows this statement removed: of two concurrent removals, only one goes on.
        if ((await subscriptions.deleteMany({ id: row.id })) === 0) return false;
        await abandonQueued(row.id, `Subscription removed: ${reason}`);
        if (token || actor)
          await audit().record({
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
        throw new errors.NotFoundError('Hook subscription not found');
      return toAdminSubscriptionDto(row, token?.name ?? null);
    },

    /** Removes every subscription of a token (regenerate, unless keepSubscriptions); answers how many. */
    async removeAllOfToken(token: TokenRef, reason: string, actor: Actor) {
      const rows = await subscriptions.findMany({ where: { tokenId: token.id } });
      let removed = 0;
      for (const row of rows) if (await this.remove(row, token, reason, actor)) removed += 1;
      return removed;
    },

    /** Stops a subscription that has failed for too long; it stays listed with its disabledAt. */
    async disable(row: SubscriptionRow, reason: string) {
      await subscriptions.update(row.id, { disabledAt: new Date() });
      await abandonQueued(row.id, `Subscription disabled: ${reason}`);
    },

    async adminList({ tokenId, page, pageSize }: ValidHookListQuery): Promise<HookListResponse> {
      const where = tokenId ? { tokenId } : {};
      const { rows, pagination } = await subscriptions.page({ where, orderBy: { id: 'desc' } }, { page, pageSize });
      const refs = await tokens.refsByIds([...new Set(rows.map((row) => row.tokenId))]);
      const names = new Map(refs.map((token) => [token.id, token.name]));
      return {
        data: rows.map((row) => toAdminSubscriptionDto(row, names.get(row.tokenId) ?? null)),
        meta: { pagination },
      };
    },
  };
};

export default createHookSubscriptionsService;
