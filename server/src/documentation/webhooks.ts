import { HOOK_EVENTS, hookPayload, hookPayloadOf, type HookEvent } from '../../../shared/contracts/hooks';
import { webhookHeaders } from '../../../shared/contracts/webhook-headers';
import { TAG, type Json } from './openapi';
import { parametersOf, schemaOf } from './schemas';

/**
 * The REST hooks' deliveries as OpenAPI webhooks: one POST per event, its body and its Standard Webhooks headers
 * generated from the delivery's schemas (shared/contracts). OpenAPI 3.1 has a `webhooks` section; the
 * documentation plugin emits 3.0 by default, where the same entries go under the `x-webhooks` extension (read by
 * Redoc and others).
 */

const EVENT_SUMMARIES: Record<HookEvent, string> = {
  'entry.create': 'An entry was created',
  'entry.update': 'An entry was updated',
  'entry.delete': 'An entry was deleted',
  'entry.publish': 'An entry was published',
  'entry.unpublish': 'An entry was unpublished',
};

/** What the receiver's answer does to the delivery. */
const RECEIVER_ANSWERS = {
  '2XX': { description: 'Received: the delivery is not sent again.' },
  '410': { description: 'Gone: the subscription is removed and nothing more is sent to it.' },
  default: { description: 'Any other answer, or none within the timeout: the delivery is retried later.' },
};

/**
 * A delivery's body: the payload component, with `event` narrowed to this event. The narrowing is the input form
 * of the event's payload schema, an open object: the output form would refuse the payload's other fields.
 */
const bodyOf = (event: HookEvent) => ({
  allOf: [schemaOf(hookPayload, 'output'), schemaOf(hookPayloadOf(event).pick({ event: true }), 'input')],
});

/** One entry per event; the payload schema is the `AccessTokensHookPayload` component of the document. */
export const webhooksCatalog = (): Record<string, Json> =>
  Object.fromEntries(
    HOOK_EVENTS.map((event) => [
      event,
      {
        post: {
          summary: EVENT_SUMMARIES[event],
          description: `Sent to every subscription to \`${event}\` (POST /access-tokens/hooks) whose token may read the entry; retried with backoff until the receiver answers 2xx.`,
          operationId: `webhook/${event}`,
          tags: [TAG],
          parameters: parametersOf(webhookHeaders.shape, 'header', 'output'),
          requestBody: { required: true, content: { 'application/json': { schema: bodyOf(event) } } },
          responses: RECEIVER_ANSWERS,
        },
      },
    ])
  );

/** Adds the catalog to a generated document: under `webhooks` for OpenAPI 3.1, `x-webhooks` before. */
export const addWebhooks = (document: Json, catalog: Record<string, Json>) => {
  const [major, minor] = String(document.openapi ?? '')
    .split('.')
    .map(Number);
  const key = major > 3 || (major === 3 && minor >= 1) ? 'webhooks' : 'x-webhooks';
  document[key] = { ...((document[key] as Json | undefined) ?? {}), ...catalog };
};
