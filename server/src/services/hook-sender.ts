import type { Core } from '@strapi/strapi';

import { postJson } from '../lib/http-post';
import { buildWebhookHeaders } from '../lib/standard-webhooks';
import { checkTargetUrl } from '../lib/target-url';
import { deriveTokenStatus } from '../lib/token-status';
import { TOKEN_UID, getPluginConfig, getService } from '../utils';
import { HOOK_SUBSCRIPTION_UID, type DeliveryRow, type SubscriptionRow } from '../utils/hooks';

import type { TokenRow } from '../utils/token-dto';

/** One attempt at one claimed delivery: checks that it may still go, signs it, POSTs it, records the outcome. */
const createHookSenderService = ({ strapi }: { strapi: Core.Strapi }) => {
  const outcomes = () => getService('hookOutcomes', { strapi });

  return {
    async deliver(row: DeliveryRow, signal: AbortSignal) {
      const { allowPrivateTargets, timeoutMs } = getPluginConfig(strapi).hooks;
      const sub = (await strapi.db.query(HOOK_SUBSCRIPTION_UID).findOne({ where: { id: row.subscriptionId } })) as SubscriptionRow | null;
      if (!sub) return outcomes().abandon(row, 'Subscription removed');
      if (sub.disabledAt) return outcomes().abandon(row, 'Subscription disabled');
      const token = (await strapi.db.query(TOKEN_UID).findOne({ where: { id: sub.tokenId } })) as TokenRow | null;
      if (!token || deriveTokenStatus(token) !== 'active') return outcomes().abandon(row, 'Access token is not active');
      if (!row.contentType || !getService('hookPayloads', { strapi }).covers(token, sub.contentType, row.contentType)) {
        return outcomes().abandon(row, 'Content type is outside the access token scopes');
      }

      // The address may have changed since the subscription was checked (DNS); the connection checks it again.
      const target = await checkTargetUrl(sub.targetUrl, { allowPrivate: allowPrivateTargets });
      if (!target.ok) return outcomes().failed(row, sub, { ok: false, error: target.reason, durationMs: 0 });

      const headers = buildWebhookHeaders({
        secret: getService('hookSubscriptions', { strapi }).openSecret(sub),
        id: row.webhookId,
        timestamp: Math.floor(Date.now() / 1000),
        body: row.payload,
      });
      const result = await postJson(sub.targetUrl, row.payload, { headers: { ...headers }, timeoutMs, allowPrivate: allowPrivateTargets, signal });
      if (signal.aborted) return outcomes().release(row);
      if (result.ok && result.status >= 200 && result.status < 300) return outcomes().succeeded(row, sub, result);
      if (result.ok && result.status === 410) return outcomes().gone(row, sub, token, result);
      return outcomes().failed(row, sub, result);
    },
  };
};

export type HookSenderService = ReturnType<typeof createHookSenderService>;
export default createHookSenderService;
