import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { generateWebhookSecret } from '../lib/standard-webhooks';
import { openWithAny, seal } from '../lib/secret-box';
import { TOKEN_UID, getPluginConfig, getService } from '../utils';
import type { snapshotAdmin } from '../utils/actor';
import { HOOK_DELIVERY_UID, HOOK_SUBSCRIPTION_UID, iso, lockCurrentToken, type SubscriptionRow } from '../data/hook-subscriptions';
import { validateHookListQuery, validateSubscribe, type HookValidationContext } from '../validation/hooks';

import type { AdminHookSubscription, HookListResponse, HookSubscription, HookSubscriptionWithSecret } from '../../../shared/contracts/hooks';
import type { TokenRow } from '../data/tokens';

const toDto = (row: SubscriptionRow): HookSubscription => ({
  id: row.id,
  event: row.event as HookSubscription['event'],
  contentType: row.contentType ?? null,
  targetUrl: row.targetUrl,
  createdAt: iso(row.createdAt) as string,
});

const toAdminDto = (row: SubscriptionRow, tokenName: string | null): AdminHookSubscription => ({
  ...toDto(row),
  tokenId: row.tokenId,
  tokenName,
  failingSince: iso(row.failingSince),
  consecutiveFailures: row.consecutiveFailures ?? 0,
  disabledAt: iso(row.disabledAt),
});

type TokenRef = { id: number; name: string };
/** The admin who acted; null for the token itself or the system. */
type Actor = Parameters<typeof snapshotAdmin>[0];

/** A token's REST hook subscriptions: subscribe, list, unsubscribe; the signing secret is sealed at rest. */
const createHookSubscriptionsService = ({ strapi }: { strapi: Core.Strapi }) => {
  const subscriptions = () => strapi.db.query(HOOK_SUBSCRIPTION_UID);
  const audit = () => getService('audit', { strapi });
  /** A key for this purpose only, derived by the keys service; 0.1's key still opens (key-migration reseals). */
  const key = () => getService('keys', { strapi }).sealingKey;

  const contentTypeProblem = (token: TokenRow) => (uid: string) => getService('hookContentTypes', { strapi }).problem(token, uid);

  const validationContext = (token: TokenRow): HookValidationContext => ({
    contentTypeProblem: contentTypeProblem(token),
    allowPrivateTargets: getPluginConfig(strapi).hooks.allowPrivateTargets,
  });

  const ensureRoom = async (token: TokenRow) => {
    const max = getPluginConfig(strapi).hooks.maxSubscriptionsPerToken;
    const held = await subscriptions().count({ where: { tokenId: token.id } });
    if (held < max) return;
    const message = `This access token already has ${held} hook subscriptions, the most allowed (${max}): unsubscribe one first`;
    throw new errors.ValidationError(message, { maxSubscriptionsPerToken: max, errors: [{ path: [], message, name: 'ValidationError' }] });
  };

  /** Marks what is still queued for a subscription as dead (history stays visible to admins). */
  const abandonQueued = (subscriptionId: number, reason: string) =>
    strapi.db.query(HOOK_DELIVERY_UID).updateMany({
      where: { subscriptionId, status: { $in: ['pending', 'failed'] } },
      data: { status: 'dead', lastError: reason, nextAttemptAt: null },
    });

  return {
    validationContext,
    contentTypeProblem,
    openSecret: (row: SubscriptionRow) => openWithAny(getService('keys', { strapi }).openingKeys, row.secret).plaintext,
    sealSecret: (secret: string) => seal(key(), secret),

    async listForToken(token: TokenRow): Promise<HookSubscription[]> {
      const rows = (await subscriptions().findMany({ where: { tokenId: token.id }, orderBy: { id: 'asc' } })) as SubscriptionRow[];
      return rows.map(toDto);
    },

    async subscribe(token: TokenRow, body: unknown): Promise<HookSubscriptionWithSecret> {
      const input = await validateSubscribe(body, validationContext(token));
      const secret = generateWebhookSecret();
      const row = (await strapi.db.transaction(async ({ trx }) => {
        // Counted under the token's lock: concurrent subscribes cannot all see room for one more.
        await lockCurrentToken(strapi, trx, token);
        await ensureRoom(token);
        const created = (await subscriptions().create({
          data: { tokenId: token.id, event: input.event, contentType: input.contentType, targetUrl: input.targetUrl, secret: seal(key(), secret), consecutiveFailures: 0 },
        })) as SubscriptionRow;
        await audit().record({
          action: 'hook.subscribe',
          token,
          hook: created,
          actor: null,
          changes: { event: { from: null, to: input.event }, contentType: { from: null, to: input.contentType } },
        });
        return created;
      })) as SubscriptionRow;
      return { ...toDto(row), secret };
    },

    async unsubscribe(token: TokenRow, id: number) {
      const row = Number.isSafeInteger(id) ? ((await subscriptions().findOne({ where: { id, tokenId: token.id } })) as SubscriptionRow | null) : null;
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
        const { count } = await subscriptions().deleteMany({ where: { id: row.id } });
        if (count === 0) return false;
        await abandonQueued(row.id, `Subscription removed: ${reason}`);
        if (token || actor) await audit().record({ action: 'hook.unsubscribe', token, hook: row, actor, changes: reason === 'unsubscribed' ? null : { reason: { from: null, to: reason } } });
        return true;
      })) as boolean;
    },

    /** DELETE /access-tokens/hooks/:id: an admin removes any token's subscription (a leaked token's, say). */
    async removeByAdmin(id: number, actor: Actor): Promise<AdminHookSubscription> {
      const row = (await subscriptions().findOne({ where: { id } })) as SubscriptionRow | null;
      const token = row ? ((await strapi.db.query(TOKEN_UID).findOne({ where: { id: row.tokenId }, select: ['id', 'name'] })) as TokenRef | null) : null;
      if (!row || !(await this.remove(row, token, 'removed by an admin', actor))) throw new errors.NotFoundError('Hook subscription not found');
      return toAdminDto(row, token?.name ?? null);
    },

    /** Removes every subscription of a token (regenerate with dropSubscriptions); answers how many. */
    async removeAllOfToken(token: TokenRef, reason: string, actor: Actor) {
      const rows = (await subscriptions().findMany({ where: { tokenId: token.id } })) as SubscriptionRow[];
      let removed = 0;
      for (const row of rows) if (await this.remove(row, token, reason, actor)) removed += 1;
      return removed;
    },

    /** Stops a subscription that has failed for too long; it stays listed with its disabledAt. */
    async disable(row: SubscriptionRow, reason: string) {
      await subscriptions().update({ where: { id: row.id }, data: { disabledAt: new Date() } });
      await abandonQueued(row.id, `Subscription disabled: ${reason}`);
    },

    async adminList(rawQuery: unknown): Promise<HookListResponse> {
      const { tokenId, page, pageSize } = await validateHookListQuery(rawQuery);
      const where = tokenId ? { tokenId } : {};
      const [rows, total] = (await Promise.all([
        subscriptions().findMany({ where, orderBy: { id: 'desc' }, offset: (page - 1) * pageSize, limit: pageSize }),
        subscriptions().count({ where }),
      ])) as [SubscriptionRow[], number];
      const tokenIds = [...new Set(rows.map((row) => row.tokenId))];
      const tokens = (await strapi.db.query(TOKEN_UID).findMany({ where: { id: { $in: tokenIds } }, select: ['id', 'name'] })) as { id: number; name: string }[];
      const names = new Map(tokens.map((token) => [token.id, token.name]));
      const data = rows.map((row) => toAdminDto(row, names.get(row.tokenId) ?? null));
      return { data, meta: { pagination: { page, pageSize, pageCount: Math.ceil(total / pageSize), total } } };
    },
  };
};

export type HookSubscriptionsService = ReturnType<typeof createHookSubscriptionsService>;
export default createHookSubscriptionsService;
