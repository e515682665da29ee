import { HOOK_EVENTS, type HookEvent } from '../../../shared/contracts/hooks';
import { randomBase62 } from '../../../shared/base62';

export { HOOK_EVENTS, type HookEvent };

export const isHookEvent = (value: unknown): value is HookEvent =>
  typeof value === 'string' && (HOOK_EVENTS as readonly string[]).includes(value);

/** A Standard Webhooks message id: `msg_` + 24 base62 characters; kept across retries. */
export const newWebhookId = (): string => `msg_${randomBase62(24)}`;

/**
 * Content types a subscription may name: the application's (`api::`) and other plugins' types, never the
 * admin's or this plugin's own.
 */
export const isSubscribableContentType = (uid: string, pluginId: string): boolean =>
  uid.startsWith('api::') || (uid.startsWith('plugin::') && !uid.startsWith(`plugin::${pluginId}.`));

export type { HookPayload } from '../../../shared/contracts/hooks';
