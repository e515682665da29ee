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

/** Routes an integration calls with its own token; no other credential reaches them. */
const tokenOnly = { auth: { strategies: [STRATEGY_NAME] } };

const json = <Schema>(schema: Schema) => ({ 'application/json': schema });

/**
 * Each route declares what it takes (`request`) and answers (`response`) with the schemas of shared/contracts, as
 * Strapi's core routes do: Strapi's OpenAPI document (`server.openapi`) is built from them. Strapi does not check a
 * request against them; the controllers read each input with the same schemas. Routes answering 204 declare no
 * response: Strapi's document would file it as a 200 with a JSON body.
 */
export default {
  type: 'content-api',
  routes: [
    { method: 'GET', path: '/me', handler: 'me.me', config: tokenOnly, response: meResponse },
    { method: 'DELETE', path: '/me', handler: 'me.revoke', config: tokenOnly },
    // Holding the value is the proof: no other credential, and one in the header is ignored.
    {
      method: 'POST',
      path: '/revoke',
      handler: 'leaks.revoke',
      config: { auth: false },
      request: { body: json(leakReport) },
      response: leakReportResponse,
    },
    { method: 'GET', path: '/hooks', handler: 'hooks.find', config: tokenOnly, response: hookSubscriptionListResponse },
    {
      method: 'POST',
      path: '/hooks',
      handler: 'hooks.create',
      config: tokenOnly,
      request: { body: json(subscribeRequest) },
      response: subscribeResponse,
    },
    {
      method: 'GET',
      path: '/hooks/sample',
      handler: 'hooks.sample',
      config: tokenOnly,
      request: { query: sampleQueryFields },
      response: sampleResponse,
    },
    { method: 'DELETE', path: '/hooks/:id', handler: 'hooks.delete', config: tokenOnly, request: { params: idParams } },
    {
      method: 'POST',
      path: '/hooks/:id/rotate-secret',
      handler: 'hooks.rotateSecret',
      config: tokenOnly,
      request: { params: idParams, body: json(rotateSecretRequest) },
      response: rotateSecretResponse,
    },
  ],
};
