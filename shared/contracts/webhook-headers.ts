/** The Standard Webhooks headers (https://www.standardwebhooks.com) every REST hook delivery carries. */

import { z } from 'zod/v4';

export const webhookHeaders = z.object({
  'webhook-id': z.string().meta({
    description: 'The delivery id (`msg_…`), the same on every attempt: deduplicate on it.',
    example: 'msg_2XbF3kq9Lr7Tz0aVw1',
  }),
  'webhook-timestamp': z.string().meta({
    description: 'Unix seconds when this attempt was signed; refuse values more than five minutes away.',
    example: '1764000000',
  }),
  'webhook-signature': z.string().meta({
    description:
      'Space-separated `v1,<base64 HMAC-SHA256>` signatures of `<webhook-id>.<webhook-timestamp>.<raw body>`, keyed with the base64-decoded part of the subscription secret after `whsec_`. During the grace period of a secret rotation there is one per secret: accept the delivery when any matches.',
    example: 'v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4= v1,3D6mxNRh8iZrBc6ZxR1cBiNOX4kdiAoAEGPjlNcqyZs=',
  }),
});
export type WebhookHeaders = z.infer<typeof webhookHeaders>;
