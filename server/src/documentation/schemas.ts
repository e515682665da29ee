import { z } from 'zod/v4';

import {
  hookPayload,
  hookSubscription,
  hookSubscriptionWithSecret,
  rotateSecretRequest,
  rotateSecretResponse,
  subscribeRequest,
} from '../../../shared/contracts/hooks';
import { leakReport, leakReportResponse } from '../../../shared/contracts/leaks';
import { meResponse } from '../../../shared/contracts/me';
import { SCHEMA_PREFIX, type Json } from './openapi';

/** What the routes take, described as a client sends it (defaults optional). */
const REQUESTS: Record<string, z.ZodType> = {
  RevokeRequest: leakReport,
  HookSubscribeRequest: subscribeRequest,
  HookRotateSecretRequest: rotateSecretRequest,
};

/** What the routes answer (inside `data`) and what a delivery carries. */
const ANSWERS: Record<string, z.ZodType> = {
  Me: meResponse.shape.data,
  RevokeReceipt: leakReportResponse.shape.data,
  HookSubscription: hookSubscription,
  HookSubscriptionWithSecret: hookSubscriptionWithSecret,
  HookRotatedSecret: rotateSecretResponse.shape.data,
  HookPayload: hookPayload,
};

/** OpenAPI 3.0, the version the documentation plugin writes. */
const toOpenApi = (schema: z.ZodType, io: 'input' | 'output') =>
  z.toJSONSchema(schema, { target: 'openapi-3.0', io }) as Json;

const named = (entries: Record<string, z.ZodType>, io: 'input' | 'output') =>
  Object.entries(entries).map(([name, schema]) => [`${SCHEMA_PREFIX}${name}`, toOpenApi(schema, io)] as const);

/**
 * The `components.schemas` of the plugin's routes and deliveries, each named `AccessTokens<Name>`: generated from
 * the endpoints' own schemas (shared/contracts), the ones the routes validate with.
 */
export const schemas = (): Record<string, Json> =>
  Object.fromEntries([...named(REQUESTS, 'input'), ...named(ANSWERS, 'output')]);
