import { idParams } from '../../../shared/contracts/common';
import {
  hookSubscriptionListResponse,
  rotateSecretRequest,
  rotateSecretResponse,
  sampleQueryFields,
  sampleResponse,
  subscribeRequest,
  subscribeResponse,
} from '../../../shared/contracts/hooks';
import { leakReport, leakReportResponse } from '../../../shared/contracts/leaks';
import { meResponse } from '../../../shared/contracts/me';
import { STRATEGY_NAME } from '../lib/route-scopes';
import type { DocumentedRoute } from './documented-route';

/**
 * A route an integration calls with its own token; no other credential reaches it. Each route gets a config of its
 * own: Strapi writes the route's scope into `config.auth` when it registers it.
 */
const tokenRoute = (
  method: DocumentedRoute['method'],
  path: string,
  handler: string,
  declared: Pick<DocumentedRoute, 'request' | 'response' | 'documentation'>
): DocumentedRoute => ({
  method,
  path,
  handler,
  config: { auth: { strategies: [STRATEGY_NAME] } },
  ...declared,
});

const json = <Schema>(schema: Schema) => ({ 'application/json': schema });

const NO_SUBSCRIPTION = 'No subscription of the calling token has this id.';

/**
 * Each route declares what it takes (`request`) and answers (`response`) with the schemas of shared/contracts, as
 * Strapi's core routes do: Strapi's OpenAPI document (`server.openapi`) is built from them, and so is the
 * documentation plugin's (documentation/), with the route's `documentation`. Strapi does not check a request
 * against them; the controllers read each input with the same schemas. Routes answering 204 declare no response:
 * Strapi's document would file it as a 200 with a JSON body.
 */
const routes: DocumentedRoute[] = [
  tokenRoute('GET', '/me', 'me.me', {
    response: meResponse,
    documentation: {
      summary: 'The calling token',
      description: "Names the token the request was made with: an integration's connection test (Zapier's `test`).",
      responses: { 200: 'The token.' },
    },
  }),
  tokenRoute('DELETE', '/me', 'me.revoke', {
    documentation: {
      summary: 'Revoke the calling token',
      description:
        'The token ends itself, for good: the audit trail records it as revoked by the token itself. There is no id: a token can revoke only itself. Called with a value a regeneration replaced, still in its grace period, it ends only that value: the token and its current value keep working.',
      responses: {
        204: 'The token is revoked (or, for a replaced value, that value ended); it is refused from now on.',
      },
    },
  }),
  // Holding the value is the proof: no other credential, and one in the header is ignored.
  {
    method: 'POST',
    path: '/revoke',
    handler: 'leaks.revoke',
    config: { auth: false },
    request: { body: json(leakReport) },
    response: leakReportResponse,
    documentation: {
      summary: 'Report leaked tokens',
      description:
        'Whoever finds a leaked value reports it here, with no other credential: holding the value is the proof. Each value that is a live token of this plugin is revoked shortly after the answer, recorded as reported as leaked, and the super admins are emailed; a value a regeneration replaced, still in its grace period, ends alone, and the token keeps its current value. The answer is the same whatever the values were; it tells nothing about them. Rate-limited per client address.',
      responses: {
        202: 'Received; valid tokens among the values are being revoked.',
        400: 'Invalid request: no value, more than 100, a value longer than 256 characters, or an unknown field.',
        429: 'Too many reports from this address; see the Retry-After header.',
      },
    },
  },
  tokenRoute('GET', '/hooks', 'hooks.find', {
    response: hookSubscriptionListResponse,
    documentation: {
      summary: "List the calling token's hook subscriptions",
      responses: { 200: 'The subscriptions.' },
    },
  }),
  tokenRoute('POST', '/hooks', 'hooks.create', {
    request: { body: json(subscribeRequest) },
    response: subscribeResponse,
    documentation: {
      summary: 'Subscribe a URL to content events (REST hooks)',
      description:
        'Each matching event is POSTed to `targetUrl` as JSON, signed according to Standard Webhooks (`webhook-id`, `webhook-timestamp`, `webhook-signature` headers) with the `secret` answered here once, and retried on failure.',
      responses: { 201: 'The subscription, with its signing secret (shown only in this response).' },
    },
  }),
  tokenRoute('GET', '/hooks/sample', 'hooks.sample', {
    request: { query: sampleQueryFields },
    response: sampleResponse,
    documentation: {
      summary: 'Sample payloads',
      description:
        "Recent entries shaped as deliveries would be: what Zapier's `performList` shows while a Zap is set up.",
      responses: { 200: 'Sample payloads.' },
    },
  }),
  tokenRoute('DELETE', '/hooks/:id', 'hooks.delete', {
    request: { params: idParams },
    documentation: {
      summary: 'Unsubscribe',
      responses: { 204: 'The subscription is gone.', 404: NO_SUBSCRIPTION },
    },
  }),
  tokenRoute('POST', '/hooks/:id/rotate-secret', 'hooks.rotateSecret', {
    request: { params: idParams, body: json(rotateSecretRequest) },
    response: rotateSecretResponse,
    documentation: {
      summary: 'Rotate the signing secret',
      description:
        'A new `whsec_` secret, answered once. Until `previousSecretExpiresAt` every delivery carries two signatures, one per secret, so a receiver can switch without losing one; then only the new secret signs.',
      responses: {
        200: 'The new secret (shown only in this response).',
        404: NO_SUBSCRIPTION,
        409: 'The secret was rotated by another request at the same time: rotate again.',
      },
    },
  }),
];

export default { type: 'content-api', routes };
