import { HOOK_EVENTS } from '../../../shared/contracts/hooks';
import { dataResponse, errorResponse, jsonContent, ref, type Json } from './openapi';

const contentTypeParam = {
  name: 'contentType',
  in: 'query',
  required: false,
  description: 'A content-type UID such as `api::article.article`; all content types the token may read when omitted.',
  schema: { type: 'string' },
};

/** What each known route does; a route without an entry here is still documented, briefly. */
export const OPERATIONS: Record<string, Json> = {
  'GET /me': {
    summary: 'The calling token',
    description: "Names the token the request was made with: an integration's connection test (Zapier's `test`).",
    responses: { '200': dataResponse('The token.', ref('Me')) },
  },
  'DELETE /me': {
    summary: 'Revoke the calling token',
    description:
      'The token ends itself, for good: the audit trail records it as revoked by the token itself. There is no id: a token can revoke only itself. Called with a value a regeneration replaced, still in its grace period, it ends only that value: the token and its current value keep working.',
    responses: {
      '204': {
        description: 'The token is revoked (or, for a replaced value, that value ended); it is refused from now on.',
      },
    },
  },
  'POST /revoke': {
    summary: 'Report leaked tokens',
    description:
      'Whoever finds a leaked value reports it here, with no other credential: holding the value is the proof. Each value that is a live token of this plugin is revoked shortly after the answer, recorded as reported as leaked, and the super admins are emailed; a value a regeneration replaced, still in its grace period, ends alone, and the token keeps its current value. The answer is the same whatever the values were; it tells nothing about them. Rate-limited per client address.',
    security: [],
    requestBody: { required: true, content: jsonContent(ref('RevokeRequest')) },
    responses: {
      '202': dataResponse('Received; valid tokens among the values are being revoked.', ref('RevokeReceipt')),
      '400': errorResponse(
        'Invalid request: no value, more than 100, a value longer than 256 characters, or an unknown field.'
      ),
      '429': errorResponse('Too many reports from this address; see the Retry-After header.'),
    },
  },
  'GET /hooks': {
    summary: "List the calling token's hook subscriptions",
    responses: {
      '200': dataResponse('The subscriptions.', { type: 'array', items: ref('HookSubscription') }),
    },
  },
  'POST /hooks': {
    summary: 'Subscribe a URL to content events (REST hooks)',
    description:
      'Each matching event is POSTed to `targetUrl` as JSON, signed according to Standard Webhooks (`webhook-id`, `webhook-timestamp`, `webhook-signature` headers) with the `secret` answered here once, and retried on failure.',
    requestBody: { required: true, content: jsonContent(ref('HookSubscribeRequest')) },
    responses: {
      '201': dataResponse(
        'The subscription, with its signing secret (shown only in this response).',
        ref('HookSubscriptionWithSecret')
      ),
    },
  },
  'GET /hooks/sample': {
    summary: 'Sample payloads',
    description:
      "Recent entries shaped as deliveries would be: what Zapier's `performList` shows while a Zap is set up.",
    parameters: [
      {
        name: 'event',
        in: 'query',
        required: false,
        schema: { type: 'string', enum: [...HOOK_EVENTS], default: 'entry.create' },
      },
      contentTypeParam,
    ],
    responses: {
      '200': dataResponse('Sample payloads.', { type: 'array', items: ref('HookPayload') }),
    },
  },
  'DELETE /hooks/{id}': {
    summary: 'Unsubscribe',
    responses: {
      '204': { description: 'The subscription is gone.' },
      '404': errorResponse('No subscription of the calling token has this id.'),
    },
  },
  'POST /hooks/{id}/rotate-secret': {
    summary: 'Rotate the signing secret',
    description:
      'A new `whsec_` secret, answered once. Until `previousSecretExpiresAt` every delivery carries two signatures, one per secret, so a receiver can switch without losing one; then only the new secret signs.',
    requestBody: { required: false, content: jsonContent(ref('HookRotateSecretRequest')) },
    responses: {
      '200': dataResponse('The new secret (shown only in this response).', ref('HookRotatedSecret')),
      '404': errorResponse('No subscription of the calling token has this id.'),
      '409': errorResponse('The secret was rotated by another request at the same time: rotate again.'),
    },
  },
};
