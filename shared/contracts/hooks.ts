/** REST hooks: what the content API and the admin API take and answer about subscriptions and deliveries. */

import { z } from 'zod/v4';

import { dataOf, isoDate, pageOf, pageQueryFields, timestamp, type Pagination } from './common';

export type { Pagination };

/** The content events a subscription can name: Strapi's own event names. */
export const HOOK_EVENTS = [
  'entry.create',
  'entry.update',
  'entry.delete',
  'entry.publish',
  'entry.unpublish',
] as const;
export const hookEvent = z.enum(HOOK_EVENTS, { error: `must be one of ${HOOK_EVENTS.join(', ')}` });
export type HookEvent = z.infer<typeof hookEvent>;

/** A delivery's state: queued, being sent, delivered, failed and to be retried, or given up after the last retry. */
export const DELIVERY_STATUSES = ['pending', 'delivering', 'succeeded', 'failed', 'dead'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** The longest a replaced signing secret may keep signing: a week. */
export const MAX_SECRET_ROTATION_GRACE_SECONDS = 7 * 24 * 60 * 60;

/** A content-type UID, or null for every content type the token may read. */
const contentType = z
  .string()
  .max(200)
  .nullable()
  .meta({ description: 'A content-type UID, or null for every content type the token may read.' });

/** Content API: a token's own subscription. */
export const hookSubscription = z.object({
  id: z.number().int(),
  event: hookEvent,
  contentType,
  targetUrl: z.string(),
  createdAt: timestamp,
});
export type HookSubscription = z.infer<typeof hookSubscription>;

/** POST /api/access-tokens/hooks answers this once; the secret is never shown again. */
export const hookSubscriptionWithSecret = hookSubscription.extend({
  secret: z.string().meta({ description: 'Standard Webhooks signing secret, `whsec_...`.' }),
});
export type HookSubscriptionWithSecret = z.infer<typeof hookSubscriptionWithSecret>;

const targetUrl = z.string().max(2000);

/** POST /api/access-tokens/hooks: `targetUrl` (or Zapier's `target_url`) is required. */
export const subscribeRequest = z
  .strictObject({
    targetUrl: targetUrl.optional(),
    target_url: targetUrl.optional(),
    event: hookEvent,
    contentType: contentType.optional(),
  })
  .refine((body) => body.targetUrl || body.target_url, { path: ['targetUrl'], message: 'is required' });
export type SubscribeRequest = z.infer<typeof subscribeRequest>;

/** GET /api/access-tokens/hooks: the calling token's subscriptions. */
export const hookSubscriptionListResponse = dataOf(z.array(hookSubscription));
export type HookSubscriptionListResponse = z.infer<typeof hookSubscriptionListResponse>;

export const subscribeResponse = dataOf(hookSubscriptionWithSecret);
export type SubscribeResponse = z.infer<typeof subscribeResponse>;

/** GET /api/access-tokens/hooks/sample: what a delivery of `event` (default `entry.create`) would carry. */
export const sampleQueryFields = {
  event: hookEvent.default('entry.create'),
  contentType: z.string().max(200).optional().meta({
    description:
      'A content-type UID such as `api::article.article`; all content types the token may read when omitted.',
  }),
};
export const sampleQuery = z.strictObject(sampleQueryFields);
export type SampleQuery = z.infer<typeof sampleQuery>;

/** The JSON body of every delivery, and of each item of GET /hooks/sample. */
export const hookPayload = z.object({
  id: z.string().meta({ description: 'The `webhook-id` header: the same on every attempt of one delivery.' }),
  event: hookEvent,
  createdAt: timestamp,
  contentType: z.string(),
  entry: z.record(z.string(), z.unknown()),
});
export type HookPayload = z.infer<typeof hookPayload>;

/** The body of a delivery of one event: a payload whose `event` is that one. */
export const hookPayloadOf = <Event extends HookEvent>(event: Event) => hookPayload.extend({ event: z.literal(event) });

export const sampleResponse = dataOf(z.array(hookPayload));
export type SampleResponse = z.infer<typeof sampleResponse>;

/** Admin API: a subscription of any token. */
export const adminHookSubscription = hookSubscription.extend({
  tokenId: z.number().int(),
  tokenName: z.string().nullable(),
  failingSince: timestamp.nullable(),
  consecutiveFailures: z.number().int(),
  disabledAt: timestamp.nullable(),
});
export type AdminHookSubscription = z.infer<typeof adminHookSubscription>;

export const deliveryAttempt = z.object({
  at: timestamp,
  statusCode: z.number().int().nullable(),
  error: z.string().nullable(),
  durationMs: z.number(),
});
export type DeliveryAttempt = z.infer<typeof deliveryAttempt>;

export const hookDelivery = z.object({
  id: z.number().int(),
  subscriptionId: z.number().int(),
  tokenId: z.number().int().nullable(),
  webhookId: z.string(),
  event: hookEvent,
  contentType: z.string().nullable(),
  targetUrl: z.string().nullable(),
  status: z.enum(DELIVERY_STATUSES),
  attempts: z.number().int(),
  attemptLog: z.array(deliveryAttempt),
  nextAttemptAt: timestamp.nullable(),
  lastStatusCode: z.number().int().nullable(),
  lastError: z.string().nullable(),
  deliveredAt: timestamp.nullable(),
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type HookDelivery = z.infer<typeof hookDelivery>;

const positiveId = z.coerce.number<unknown>().int().positive();

/** GET /access-tokens/hooks (admin): every token's subscriptions, or one token's. */
export const hookListQuery = z.strictObject({ tokenId: positiveId.optional(), ...pageQueryFields });
/** What a client sends; the server reads it with its defaults (`ValidHookListQuery`). */
export type HookListQuery = Partial<ValidHookListQuery>;
export type ValidHookListQuery = z.infer<typeof hookListQuery>;

/** GET /access-tokens/deliveries (admin): the delivery queue, newest first. */
export const deliveryListQuery = z.strictObject({
  status: z.enum(DELIVERY_STATUSES).optional(),
  subscriptionId: positiveId.optional(),
  ...pageQueryFields,
});
export type DeliveryListQuery = Partial<ValidDeliveryListQuery>;
export type ValidDeliveryListQuery = z.infer<typeof deliveryListQuery>;

export const hookListResponse = pageOf(adminHookSubscription);
export type HookListResponse = z.infer<typeof hookListResponse>;

export const deliveryListResponse = pageOf(hookDelivery);
export type DeliveryListResponse = z.infer<typeof deliveryListResponse>;

/** DELETE /access-tokens/hooks/:id (admin): the removed subscription. */
export const removeSubscriptionResponse = dataOf(adminHookSubscription);
export type RemoveSubscriptionResponse = z.infer<typeof removeSubscriptionResponse>;

/** POST /access-tokens/deliveries/:id/retry (admin): the delivery, queued again. */
export const retryDeliveryResponse = dataOf(hookDelivery);
export type RetryDeliveryResponse = z.infer<typeof retryDeliveryResponse>;

/** POST .../hooks/:id/rotate-secret (content API and admin): how long the replaced secret keeps signing (default: the plugin option). */
export const rotateSecretRequest = z.strictObject({
  gracePeriodSeconds: z.number().int().min(0).max(MAX_SECRET_ROTATION_GRACE_SECONDS).optional(),
});
export type RotateSecretRequest = z.infer<typeof rotateSecretRequest>;

/** The new signing secret, answered once; the replaced one signs too until `previousSecretExpiresAt` (null: not at all). */
export const rotateSecretResponse = dataOf(
  z.object({
    id: z.number().int(),
    secret: z.string(),
    previousSecretExpiresAt: timestamp
      .nullable()
      .meta({ description: 'When the replaced secret stops signing; null when it already has.' }),
  })
);
export type RotateSecretResponse = z.infer<typeof rotateSecretResponse>;

/** POST /access-tokens/hooks/:id/replay: sends again the failed and dead deliveries created since `since`. */
export const replayRequest = z.strictObject({
  since: isoDate('is required: the ISO 8601 date-time to replay failed deliveries from').refine(
    (since) => !(Date.parse(since) > Date.now()),
    'must not be in the future'
  ),
});
export type ReplayRequest = z.infer<typeof replayRequest>;

export const replayResponse = dataOf(z.object({ replayed: z.number().int() }));
export type ReplayResponse = z.infer<typeof replayResponse>;
