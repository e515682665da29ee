import { HOOK_EVENTS } from '../../../shared/contracts/hooks';

/**
 * The REST hooks' deliveries as OpenAPI webhooks: one POST per event, with the payload schema and the Standard
 * Webhooks headers. OpenAPI 3.1 has a `webhooks` section; the documentation plugin emits 3.0 by default, where
 * the same entries go under the `x-webhooks` extension (read by Redoc and others).
 */

type Json = Record<string, unknown>;

const header = (name: string, description: string, example: string) => ({
  name,
  in: 'header',
  required: true,
  description,
  schema: { type: 'string', example },
});

const STANDARD_WEBHOOKS_HEADERS = [
  header(
    'webhook-id',
    'The delivery id (`msg_…`), the same on every attempt: deduplicate on it.',
    'msg_2XbF3kq9Lr7Tz0aVw1'
  ),
  header(
    'webhook-timestamp',
    'Unix seconds when this attempt was signed; refuse values more than five minutes away.',
    '1764000000'
  ),
  header(
    'webhook-signature',
    'Space-separated `v1,<base64 HMAC-SHA256>` signatures of `<webhook-id>.<webhook-timestamp>.<raw body>`, keyed with the base64-decoded part of the subscription secret after `whsec_`. During the grace period of a secret rotation there is one per secret: accept the delivery when any matches.',
    'v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4= v1,3D6mxNRh8iZrBc6ZxR1cBiNOX4kdiAoAEGPjlNcqyZs='
  ),
];

const EVENT_SUMMARIES: Record<(typeof HOOK_EVENTS)[number], string> = {
  'entry.create': 'An entry was created',
  'entry.update': 'An entry was updated',
  'entry.delete': 'An entry was deleted',
  'entry.publish': 'An entry was published',
  'entry.unpublish': 'An entry was unpublished',
};

/** One entry per event; `payloadRef` is the `$ref` of the delivery body schema in the document's components. */
export const webhooksCatalog = (payloadRef: string, tag: string): Record<string, Json> =>
  Object.fromEntries(
    HOOK_EVENTS.map((event) => [
      event,
      {
        post: {
          summary: EVENT_SUMMARIES[event],
          description: `Sent to every subscription to \`${event}\` (POST /access-tokens/hooks) whose token may read the entry; retried with backoff until the receiver answers 2xx.`,
          operationId: `webhook/${event}`,
          tags: [tag],
          parameters: STANDARD_WEBHOOKS_HEADERS,
          requestBody: {
            required: true,
            content: {
              'application/json': {
                schema: {
                  allOf: [
                    { $ref: payloadRef },
                    { type: 'object', properties: { event: { type: 'string', enum: [event] } } },
                  ],
                },
              },
            },
          },
          responses: {
            '2XX': { description: 'Received: the delivery is not sent again.' },
            '410': { description: 'Gone: the subscription is removed and nothing more is sent to it.' },
            default: { description: 'Any other answer, or none within the timeout: the delivery is retried later.' },
          },
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
