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
import { ref, SCHEMA_PREFIX, type Json } from './openapi';

/** Whether a schema is described as a client sends it (`input`: defaults optional) or as the server answers it. */
type Io = 'input' | 'output';

/**
 * The named parts of the endpoints' schemas, each a component `AccessTokens<Name>` that operations refer to:
 * what the routes take, described as a client sends it, and what they answer (inside `data`) and deliver.
 */
const COMPONENTS: Record<Io, Map<z.core.$ZodType, string>> = {
  input: new Map<z.core.$ZodType, string>([
    [leakReport, 'RevokeRequest'],
    [subscribeRequest, 'HookSubscribeRequest'],
    [rotateSecretRequest, 'HookRotateSecretRequest'],
  ]),
  output: new Map<z.core.$ZodType, string>([
    [meResponse.shape.data, 'Me'],
    [leakReportResponse.shape.data, 'RevokeReceipt'],
    [hookSubscription, 'HookSubscription'],
    [hookSubscriptionWithSecret, 'HookSubscriptionWithSecret'],
    [rotateSecretResponse.shape.data, 'HookRotatedSecret'],
    [hookPayload, 'HookPayload'],
  ]),
};

/** OpenAPI 3.0, the version the documentation plugin writes; a named part inside `schema` becomes a `$ref`. */
const toOpenApi = (schema: z.core.$ZodType, io: Io) =>
  z.toJSONSchema(schema, {
    target: 'openapi-3.0',
    io,
    override: ({ zodSchema, jsonSchema }) => {
      const name = zodSchema !== schema && COMPONENTS[io].get(zodSchema);
      if (!name) return;
      for (const key of Object.keys(jsonSchema)) delete (jsonSchema as Json)[key];
      Object.assign(jsonSchema, ref(name));
    },
  }) as Json;

/** A schema of an operation: a `$ref` when it is a component, else its OpenAPI form. */
export const schemaOf = (schema: z.ZodType, io: Io): Json => {
  const name = COMPONENTS[io].get(schema);
  return name ? ref(name) : toOpenApi(schema, io);
};

/** Query, path or header parameters from a route's fields; a field's description is the parameter's. */
export const parametersOf = (fields: Record<string, z.ZodType>, location: 'query' | 'path' | 'header', io: Io) =>
  Object.entries(fields).map(([name, field]) => {
    const { description, ...schema } = schemaOf(field, io);
    return { name, in: location, required: !field.isOptional(), ...(description ? { description } : {}), schema };
  });

/**
 * The `components.schemas` of the plugin's routes and deliveries, each named `AccessTokens<Name>`: generated from
 * the endpoints' own schemas (shared/contracts), the ones the routes validate with.
 */
export const schemas = (): Record<string, Json> =>
  Object.fromEntries(
    (Object.keys(COMPONENTS) as Io[]).flatMap((io) =>
      [...COMPONENTS[io]].map(([schema, name]) => [`${SCHEMA_PREFIX}${name}`, toOpenApi(schema, io)] as const)
    )
  );
