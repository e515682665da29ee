/** REST hooks: what the content API and the admin API say about subscriptions and deliveries. */

import type { Pagination } from './tokens';

export type { Pagination };

/** The content events a subscription can name: Strapi's own event names. */
export const HOOK_EVENTS = [
  'entry.create',
  'entry.update',
  'entry.delete',
  'entry.publish',
  'entry.unpublish',
] as const;
export type HookEvent = (typeof HOOK_EVENTS)[number];

/** A delivery's state: queued, being sent, delivered, failed and to be retried, or given up after the last retry. */
export const DELIVERY_STATUSES = ['pending', 'delivering', 'succeeded', 'failed', 'dead'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** Content API: a token's own subscription. */
export interface HookSubscription {
  id: number;
  event: HookEvent;
  /** A content-type UID, or null for every content type the token may read. */
  contentType: string | null;
  targetUrl: string;
  createdAt: string;
}

/** POST /api/access-tokens/hooks answers this once; the secret is never shown again. */
export interface HookSubscriptionWithSecret extends HookSubscription {
  /** Standard Webhooks signing secret, `whsec_...`. */
  secret: string;
}

/** POST /api/access-tokens/hooks: `targetUrl` (or Zapier's `target_url`) is required. */
export interface SubscribeRequest {
  targetUrl?: string;
  target_url?: string;
  event: HookEvent;
  contentType?: string | null;
}

/** GET /api/access-tokens/hooks: the calling token's subscriptions. */
export interface HookSubscriptionListResponse {
  data: HookSubscription[];
}

export interface SubscribeResponse {
  data: HookSubscriptionWithSecret;
}

/** GET /api/access-tokens/hooks/sample: what a delivery of `event` (default `entry.create`) would carry. */
export interface SampleQuery {
  event?: HookEvent;
  contentType?: string | null;
}

export interface SampleResponse {
  data: HookPayload[];
}

/** The JSON body of every delivery, and of each item of GET /hooks/sample. */
export interface HookPayload {
  id: string;
  event: HookEvent;
  createdAt: string;
  contentType: string;
  entry: Record<string, unknown>;
}

/** Admin API: a subscription of any token. */
export interface AdminHookSubscription extends HookSubscription {
  tokenId: number;
  tokenName: string | null;
  failingSince: string | null;
  consecutiveFailures: number;
  disabledAt: string | null;
}

export interface DeliveryAttempt {
  at: string;
  statusCode: number | null;
  error: string | null;
  durationMs: number;
}

export interface HookDelivery {
  id: number;
  subscriptionId: number;
  tokenId: number | null;
  webhookId: string;
  event: HookEvent;
  contentType: string | null;
  targetUrl: string | null;
  status: DeliveryStatus;
  attempts: number;
  attemptLog: DeliveryAttempt[];
  nextAttemptAt: string | null;
  lastStatusCode: number | null;
  lastError: string | null;
  deliveredAt: string | null;
  createdAt: string;
  updatedAt: string;
}

/** GET /access-tokens/hooks (admin): every token's subscriptions, or one token's. */
export interface HookListQuery {
  tokenId?: number;
  page?: number;
  pageSize?: number;
}

/** GET /access-tokens/deliveries (admin): the delivery queue, newest first. */
export interface DeliveryListQuery {
  status?: DeliveryStatus;
  subscriptionId?: number;
  page?: number;
  pageSize?: number;
}

export interface HookListResponse {
  data: AdminHookSubscription[];
  meta: { pagination: Pagination };
}

export interface DeliveryListResponse {
  data: HookDelivery[];
  meta: { pagination: Pagination };
}

/** DELETE /access-tokens/hooks/:id (admin): the removed subscription. */
export interface RemoveSubscriptionResponse {
  data: AdminHookSubscription;
}

/** POST /access-tokens/deliveries/:id/retry (admin): the delivery, queued again. */
export interface RetryDeliveryResponse {
  data: HookDelivery;
}

/** POST .../hooks/:id/rotate-secret (content API and admin): how long the replaced secret keeps signing (default: the plugin option). */
export interface RotateSecretRequest {
  gracePeriodSeconds?: number;
}

/** The new signing secret, answered once; the replaced one signs too until `previousSecretExpiresAt` (null: not at all). */
export interface RotateSecretResponse {
  data: { id: number; secret: string; previousSecretExpiresAt: string | null };
}

/** POST /access-tokens/hooks/:id/replay: sends again the failed and dead deliveries created since `since`. */
export interface ReplayRequest {
  since: string;
}

export interface ReplayResponse {
  data: { replayed: number };
}
