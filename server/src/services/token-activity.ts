import type { Core } from '@strapi/strapi';

import { tokensTable } from '../data/tokens';
import { recordableUserAgent } from '../lib/usage-user-agent';

import type { TokenRefusalReason } from '../../../shared/contracts/tokens';

/**
 * What the token page shows of a token's traffic: its last use (time, client address, User-Agent) and its last
 * refusal (time, reason, client address). Each is written at most once per `intervalMs` per token, after the
 * response, never awaited: a busy or hammered token costs one write a minute, not one per request.
 */
export const createTokenActivity = (strapi: Core.Strapi, intervalMs: number) => {
  const tokens = tokensTable(strapi);
  const lastUseWritten = new Map<number, number>();
  const lastRefusalWritten = new Map<number, number>();

  const writeAtMostOncePerInterval = (
    written: Map<number, number>,
    id: number,
    what: string,
    data: (now: Date) => Record<string, unknown>
  ) => {
    const now = Date.now();
    if (now - (written.get(id) ?? 0) < intervalMs) return;
    written.set(id, now);
    setImmediate(() => {
      tokens
        .update(id, data(new Date(now)))
        .catch((error: Error) =>
          strapi.log.warn(`[access-tokens] Could not record a token's ${what}: ${error.message}`)
        );
    });
  };

  return {
    recordUse: (id: number, client: string, userAgent: string | undefined) =>
      writeAtMostOncePerInterval(lastUseWritten, id, 'last use', (at) => ({
        lastUsedAt: at,
        lastUsedIp: client || null,
        lastUsedUserAgent: recordableUserAgent(userAgent),
      })),

    recordRefusal: (id: number, reason: TokenRefusalReason, client: string) =>
      writeAtMostOncePerInterval(lastRefusalWritten, id, 'last refusal', (at) => ({
        lastRefusedAt: at,
        lastRefusalReason: reason,
        lastRefusedIp: client || null,
      })),
  };
};
