import { ACCESS_LEVELS } from '../../../shared/access-levels';
import { HOOK_EVENTS } from '../hooks/events';

import { ref, SCHEMA_PREFIX, type Json } from './openapi';

const hookEvent = { type: 'string', enum: [...HOOK_EVENTS] };
const dateTime = { type: 'string', format: 'date-time' };

/** The `components.schemas` of the plugin's routes and deliveries, each named `AccessTokens<Name>`. */
export const schemas = (): Record<string, Json> => {
  const subscription = {
    type: 'object',
    required: ['id', 'event', 'contentType', 'targetUrl', 'createdAt'],
    properties: {
      id: { type: 'integer' },
      event: hookEvent,
      contentType: {
        type: 'string',
        nullable: true,
        description: 'A content-type UID, or null for every content type the token may read.',
      },
      targetUrl: { type: 'string', format: 'uri' },
      createdAt: dateTime,
    },
  };
  return {
    [`${SCHEMA_PREFIX}Me`]: {
      type: 'object',
      required: ['id', 'name', 'accessLevel', 'scopes', 'validTo'],
      properties: {
        id: { type: 'integer' },
        name: { type: 'string' },
        accessLevel: { type: 'string', enum: [...ACCESS_LEVELS] },
        scopes: {
          type: 'array',
          items: { type: 'string' },
          description: 'Content-type UIDs and `plugin::<name>` values the token is limited to; empty means all.',
        },
        validTo: { ...dateTime, nullable: true },
      },
    },
    [`${SCHEMA_PREFIX}RevokeRequest`]: {
      type: 'object',
      required: ['tokens'],
      properties: {
        tokens: {
          type: 'array',
          minItems: 1,
          maxItems: 100,
          items: { type: 'string', minLength: 1, maxLength: 256 },
          description: 'Leaked token values, generated (`sat_…`) or custom.',
        },
      },
    },
    [`${SCHEMA_PREFIX}RevokeReceipt`]: {
      type: 'object',
      required: ['received'],
      properties: { received: { type: 'integer', description: 'How many values the report held.' } },
    },
    [`${SCHEMA_PREFIX}HookSubscription`]: subscription,
    [`${SCHEMA_PREFIX}HookSubscriptionWithSecret`]: {
      allOf: [
        ref('HookSubscription'),
        {
          type: 'object',
          required: ['secret'],
          properties: { secret: { type: 'string', description: 'Standard Webhooks signing secret, `whsec_...`.' } },
        },
      ],
    },
    [`${SCHEMA_PREFIX}HookSubscribeRequest`]: {
      type: 'object',
      required: ['event'],
      properties: {
        targetUrl: {
          type: 'string',
          format: 'uri',
          description: 'Where deliveries are POSTed (`target_url` is accepted too).',
        },
        target_url: { type: 'string', format: 'uri' },
        event: hookEvent,
        contentType: { type: 'string', nullable: true },
      },
    },
    [`${SCHEMA_PREFIX}HookRotateSecretRequest`]: {
      type: 'object',
      properties: {
        gracePeriodSeconds: {
          type: 'integer',
          minimum: 0,
          maximum: 604800,
          description:
            'How long the replaced secret keeps signing, 0 to 7 days; the `hooks.secretRotationGraceSeconds` option (24 h) when omitted.',
        },
      },
    },
    [`${SCHEMA_PREFIX}HookRotatedSecret`]: {
      type: 'object',
      required: ['id', 'secret', 'previousSecretExpiresAt'],
      properties: {
        id: { type: 'integer' },
        secret: { type: 'string', description: 'The new Standard Webhooks signing secret, `whsec_...`.' },
        previousSecretExpiresAt: {
          ...dateTime,
          nullable: true,
          description: 'When the replaced secret stops signing; null when it already has.',
        },
      },
    },
    [`${SCHEMA_PREFIX}HookPayload`]: {
      type: 'object',
      required: ['id', 'event', 'createdAt', 'contentType', 'entry'],
      properties: {
        id: { type: 'string' },
        event: hookEvent,
        createdAt: dateTime,
        contentType: { type: 'string' },
        entry: { type: 'object', additionalProperties: true },
      },
    },
  };
};
