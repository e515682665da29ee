import type { Core } from '@strapi/strapi';

import { postJson, type PostResult } from './guarded-client';
import { proxyFor, type OutboundProxySettings } from './outbound-proxy';
import { buildWebhookHeaders } from './standard-webhooks';
import { deriveTokenStatus } from '../lib/token-status';
import { getPluginConfig } from '../utils';

import type { DeliveryRow } from '../data/hook-deliveries';
import type { SubscriptionRow } from '../data/hook-subscriptions';
import type { TokenRow } from '../data/tokens';
import type { HookPayloads } from './payloads';
import type { HookSecrets } from './secrets';

/** What came of one attempt, for the dispatcher to record (see outcomes.ts). */
export type DeliveryOutcome =
  | { kind: 'succeeded' | 'failed'; row: DeliveryRow; sub: SubscriptionRow; result: PostResult }
  | { kind: 'gone'; row: DeliveryRow; sub: SubscriptionRow; token: TokenRow; result: PostResult }
  /** Nothing will ever send it (subscription or token gone, out of scope). */
  | { kind: 'abandoned'; row: DeliveryRow; reason: string }
  /** Interrupted by shutdown: handed back untouched. */
  | { kind: 'released'; row: DeliveryRow };

export interface DeliveryTarget {
  sub: SubscriptionRow;
  token: TokenRow | undefined;
}

/** Strapi sends its own node:http(s) requests through these proxies (global-agent); deliveries go through them too. */
const outboundProxies = (strapi: Core.Strapi): OutboundProxySettings => ({
  global: strapi.config.get('server.proxy.global'),
  http: strapi.config.get('server.proxy.http'),
  https: strapi.config.get('server.proxy.https'),
});

/** One attempt at one claimed delivery: checks that it may still go, signs it, POSTs it. Writes nothing. */
export const createHookSender = ({
  strapi,
  covers,
  signingSecrets,
}: {
  strapi: Core.Strapi;
  covers: HookPayloads['covers'];
  signingSecrets: HookSecrets['signingSecrets'];
}) => ({
  async attempt(row: DeliveryRow, { sub, token }: DeliveryTarget, signal: AbortSignal): Promise<DeliveryOutcome> {
    const abandoned = (reason: string): DeliveryOutcome => ({ kind: 'abandoned', row, reason });
    if (sub.disabledAt) return abandoned('Subscription disabled');
    if (!token || deriveTokenStatus(token) !== 'active') return abandoned('Access token is not active');
    if (!row.contentType || !covers(token, sub.contentType, row.contentType)) {
      return abandoned('Content type is outside the access token scopes');
    }

    const { allowPrivateTargets, timeoutMs } = getPluginConfig(strapi).hooks;
    const headers = buildWebhookHeaders({
      secrets: signingSecrets(sub),
      id: row.webhookId,
      timestamp: Math.floor(Date.now() / 1000),
      body: row.payload,
    });
    // The guarded client resolves and checks the target now (it may resolve elsewhere since it was subscribed).
    const result = await postJson(sub.targetUrl, row.payload, {
      headers: { ...headers },
      timeoutMs,
      allowPrivate: allowPrivateTargets,
      proxies: outboundProxies(strapi),
      signal,
    });
    if (signal.aborted) return { kind: 'released', row };
    if (result.ok && result.status >= 200 && result.status < 300) return { kind: 'succeeded', row, sub, result };
    if (result.ok && result.status === 410) return { kind: 'gone', row, sub, token, result };
    return { kind: 'failed', row, sub, result };
  },

  /** Once, at start-up: a proxy deliveries cannot go through (not http://) refuses every delivery it would carry. */
  warnIfProxyUnusable() {
    const reasons = new Set(
      ['http:', 'https:'].flatMap((protocol) => {
        const choice = proxyFor(protocol, outboundProxies(strapi));
        return choice.ok ? [] : [choice.reason];
      })
    );
    reasons.forEach((reason) => strapi.log.warn(`[access-tokens] REST hook deliveries are refused: ${reason}`));
  },
});

export type HookSender = ReturnType<typeof createHookSender>;
