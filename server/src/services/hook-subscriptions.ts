import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { isScopeAllowed } from '../lib/access-rules';
import { generateWebhookSecret } from '../lib/standard-webhooks';
import { isSubscribableContentType, scopesOfContentType } from '../lib/hook-events';
import { open, seal } from '../lib/secret-box';
import { PLUGIN_ID, TOKEN_UID, getPluginConfig, getService } from '../utils';
import { HOOK_DELIVERY_UID, HOOK_SUBSCRIPTION_UID, iso, type SubscriptionRow } from '../utils/hooks';
import { validateHookListQuery, validateSubscribe, type HookValidationContext } from '../validation/hooks';

import type { AdminHookSubscription, HookListResponse, HookSubscription, HookSubscriptionWithSecret } from '../../../shared/contracts/hooks';
import type { TokenRow } from '../utils/token-dto';

const toDto = (row: SubscriptionRow): HookSubscription => ({
  id: row.id,
  event: row.event as HookSubscription['event'],
  contentType: row.contentType ?? null,
  targetUrl: row.targetUrl,
  createdAt: iso(row.createdAt) as string,
});

/** A token's REST hook subscriptions: subscribe, list, unsubscribe; the signing secret is sealed at rest. */
const createHookSubscriptionsService = ({ strapi }: { strapi: Core.Strapi }) => {
  const subscriptions = () => strapi.db.query(HOOK_SUBSCRIPTION_UID);
  const audit = () => getService('audit', { strapi });
  let secretKey: Buffer | undefined;
  /** A key for this purpose only: HMAC of a label under the plugin secret. */
  const key = () => (secretKey ??= Buffer.from(getService('keys', { strapi }).hash('secret-box:hook-subscription-secrets'), 'hex'));

  const contentTypeProblem = (token: TokenRow) => (uid: string) => {
    if (!(uid in strapi.contentTypes) || !isSubscribableContentType(uid, PLUGIN_ID)) return `unknown content type ${uid}`;
    if (!isScopeAllowed(token.scopes ?? [], scopesOfContentType(uid))) return `${uid} is outside the access token scopes`;
    return null;
  };

  const validationContext = (token: TokenRow): HookValidationContext => ({
    contentTypeProblem: contentTypeProblem(token),
    allowPrivateTargets: getPluginConfig(strapi).hooks.allowPrivateTargets,
  });

  /** Marks what is still queued for a subscription as dead (history stays visible to admins). */
  const abandonQueued = (subscriptionId: number, reason: string) =>
    strapi.db.query(HOOK_DELIVERY_UID).updateMany({
      where: { subscriptionId, status: { $in: ['pending', 'failed'] } },
      data: { status: 'dead', lastError: reason, nextAttemptAt: null },
    });

  return {
    validationContext,
    contentTypeProblem,
    openSecret: (row: SubscriptionRow) => open(key(), row.secret),
    sealSecret: (secret: string) => seal(key(), secret),

    async listForToken(token: TokenRow): Promise<HookSubscription[]> {
      const rows = (await subscriptions().findMany({ where: { tokenId: token.id }, orderBy: { id: 'asc' } })) as SubscriptionRow[];
      return rows.map(toDto);
    },

    async subscribe(token: TokenRow, body: unknown): Promise<HookSubscriptionWithSecret> {
      const input = await validateSubscribe(body, validationContext(token));
      const secret = generateWebhookSecret();
      const row = (await strapi.db.transaction(async () => {
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

    /** Deletes a subscription (unsubscribe, 410 Gone, token gone) and abandons what it still had queued. */
    async remove(row: SubscriptionRow, token: { id: number; name: string } | null, reason: string) {
      await strapi.db.transaction(async () => {
        await subscriptions().delete({ where: { id: row.id } });
        await abandonQueued(row.id, `Subscription removed: ${reason}`);
        if (token) await audit().record({ action: 'hook.unsubscribe', token, hook: row, actor: null, changes: reason === 'unsubscribed' ? null : { reason: { from: null, to: reason } } });
      });
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
      const data = rows.map(
        (row): AdminHookSubscription => ({
          ...toDto(row),
          tokenId: row.tokenId,
          tokenName: names.get(row.tokenId) ?? null,
          failingSince: iso(row.failingSince),
          consecutiveFailures: row.consecutiveFailures ?? 0,
          disabledAt: iso(row.disabledAt),
        })
      );
      return { data, meta: { pagination: { page, pageSize, pageCount: Math.ceil(total / pageSize), total } } };
    },
  };
};

export type HookSubscriptionsService = ReturnType<typeof createHookSubscriptionsService>;
export default createHookSubscriptionsService;
