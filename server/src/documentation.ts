import type { Core } from '@strapi/strapi';

import { addWebhooks, webhooksCatalog } from './documentation-webhooks';
import { HOOK_EVENTS } from './lib/hook-events';
import contentApiRoutes from './routes/content-api';
import { PLUGIN_ID, getPluginConfig } from './utils';

/**
 * OpenAPI for `@strapi/plugin-documentation`: when that plugin is installed, the generated document gains this
 * plugin's content-API routes (`/access-tokens/...`, relative to the document's `/api` server) and a bearer
 * security scheme for its tokens, offered on every route next to Strapi's own `bearerAuth`.
 *
 * An app that lists the plugins to document (`x-strapi-config.plugins`) and leaves `access-tokens` out gets nothing
 * from us. The documentation plugin's own generator never runs over this plugin: its content types are not part of
 * the content API, so it would only describe routes that do not exist.
 */

/** The name of the security scheme in `components.securitySchemes`. */
export const SECURITY_SCHEME = 'accessTokenAuth';

const TAG = 'Access Tokens';
const SCHEMA_PREFIX = 'AccessTokens';

interface OverrideService {
  registerOverride(override: Record<string, unknown>, options?: { pluginOrigin?: string; excludeFromGeneration?: string[] }): void;
}

type Mutation = (document: Record<string, unknown>) => Record<string, unknown> | void;

interface DocumentationConfig {
  security?: Array<Record<string, string[]>>;
  'x-strapi-config'?: { plugins?: string[] | null; mutateDocumentation?: Mutation | null };
}

interface RouteDefinition {
  method: string;
  path: string;
  handler: string;
}

type Json = Record<string, unknown>;

const ref = (name: string) => ({ $ref: `#/components/schemas/${SCHEMA_PREFIX}${name}` });
const errorRef = { $ref: '#/components/schemas/Error' };
const jsonContent = (schema: Json) => ({ 'application/json': { schema } });
const dataOf = (schema: Json) => ({ type: 'object', properties: { data: schema } });

const errorResponse = (description: string) => ({ description, content: jsonContent(errorRef) });

/** The answers every route of this plugin may give besides its own. */
const commonResponses = {
  '400': errorResponse('Invalid request: the message names the field.'),
  '401': errorResponse(
    "No valid token: missing, malformed, unknown, expired, not yet valid, revoked or archived, or a request from outside the token's IP allowlist."
  ),
  '403': errorResponse("The token's access level or scopes do not allow this request."),
  '429': errorResponse('Too many invalid tokens from this address; see the Retry-After header.'),
};

const contentTypeParam = {
  name: 'contentType',
  in: 'query',
  required: false,
  description: 'A content-type UID such as `api::article.article`; all content types the token may read when omitted.',
  schema: { type: 'string' },
};

/** What each known route does; a route without an entry here is still documented, briefly. */
const OPERATIONS: Record<string, Json> = {
  'GET /me': {
    summary: 'The calling token',
    description: "Names the token the request was made with: an integration's connection test (Zapier's `test`).",
    responses: { '200': { description: 'The token.', content: jsonContent(dataOf(ref('Me'))) } },
  },
  'DELETE /me': {
    summary: 'Revoke the calling token',
    description: 'The token ends itself, for good: the audit trail records it as revoked by the token itself. There is no id: a token can revoke only itself.',
    responses: { '204': { description: 'The token is revoked; it is refused from now on.' } },
  },
  'POST /revoke': {
    summary: 'Report leaked tokens',
    description:
      'Whoever finds a leaked value reports it here, with no other credential: holding the value is the proof. Each value that is a live token of this plugin is revoked shortly after the answer, recorded as reported as leaked, and the super admins are emailed. The answer is the same whatever the values were; it tells nothing about them. Rate-limited per client address.',
    security: [],
    requestBody: { required: true, content: jsonContent(ref('RevokeRequest')) },
    responses: {
      '202': { description: 'Received; valid tokens among the values are being revoked.', content: jsonContent(dataOf(ref('RevokeReceipt'))) },
      '400': errorResponse('Invalid request: no value, more than 100, a value longer than 256 characters, or an unknown field.'),
      '429': errorResponse('Too many reports from this address; see the Retry-After header.'),
    },
  },
  'GET /hooks': {
    summary: "List the calling token's hook subscriptions",
    responses: {
      '200': { description: 'The subscriptions.', content: jsonContent(dataOf({ type: 'array', items: ref('HookSubscription') })) },
    },
  },
  'POST /hooks': {
    summary: 'Subscribe a URL to content events (REST hooks)',
    description:
      'Each matching event is POSTed to `targetUrl` as JSON, signed according to Standard Webhooks (`webhook-id`, `webhook-timestamp`, `webhook-signature` headers) with the `secret` answered here once, and retried on failure.',
    requestBody: { required: true, content: jsonContent(ref('HookSubscribeRequest')) },
    responses: {
      '201': {
        description: 'The subscription, with its signing secret (shown only in this response).',
        content: jsonContent(dataOf(ref('HookSubscriptionWithSecret'))),
      },
    },
  },
  'GET /hooks/sample': {
    summary: 'Sample payloads',
    description: "Recent entries shaped as deliveries would be: what Zapier's `performList` shows while a Zap is set up.",
    parameters: [
      { name: 'event', in: 'query', required: false, schema: { type: 'string', enum: [...HOOK_EVENTS], default: 'entry.create' } },
      contentTypeParam,
    ],
    responses: {
      '200': { description: 'Sample payloads.', content: jsonContent(dataOf({ type: 'array', items: ref('HookPayload') })) },
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
      '200': { description: 'The new secret (shown only in this response).', content: jsonContent(dataOf(ref('HookRotatedSecret'))) },
      '404': errorResponse('No subscription of the calling token has this id.'),
      '409': errorResponse('The secret was rotated by another request at the same time: rotate again.'),
    },
  },
};

const hookEvent = { type: 'string', enum: [...HOOK_EVENTS] };
const dateTime = { type: 'string', format: 'date-time' };

const schemas = (): Record<string, Json> => {
  const subscription = {
    type: 'object',
    required: ['id', 'event', 'contentType', 'targetUrl', 'createdAt'],
    properties: {
      id: { type: 'integer' },
      event: hookEvent,
      contentType: { type: 'string', nullable: true, description: 'A content-type UID, or null for every content type the token may read.' },
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
        accessLevel: { type: 'string', enum: ['read-only', 'read-write'] },
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
        targetUrl: { type: 'string', format: 'uri', description: 'Where deliveries are POSTed (`target_url` is accepted too).' },
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
          description: 'How long the replaced secret keeps signing, 0 to 7 days; the `hooks.secretRotationGraceSeconds` option (24 h) when omitted.',
        },
      },
    },
    [`${SCHEMA_PREFIX}HookRotatedSecret`]: {
      type: 'object',
      required: ['id', 'secret', 'previousSecretExpiresAt'],
      properties: {
        id: { type: 'integer' },
        secret: { type: 'string', description: 'The new Standard Webhooks signing secret, `whsec_...`.' },
        previousSecretExpiresAt: { ...dateTime, nullable: true, description: 'When the replaced secret stops signing; null when it already has.' },
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

/** `/hooks/:id` -> `/hooks/{id}` */
const openApiPath = (path: string) => path.replace(/:([A-Za-z0-9_]+)/g, '{$1}');

const pathParameters = (path: string) =>
  [...path.matchAll(/:([A-Za-z0-9_]+)/g)].map(([, name]) => ({
    name,
    in: 'path',
    required: true,
    schema: { type: name === 'id' ? 'integer' : 'string' },
  }));

/** The override registered with the documentation plugin: paths, tag, schemas and the security scheme. */
export const buildOpenApiOverride = ({ prefix, routes }: { prefix: string; routes: RouteDefinition[] }) => {
  const paths: Record<string, Record<string, Json>> = {};
  for (const route of routes) {
    const path = openApiPath(route.path);
    const method = route.method.toLowerCase();
    const known = OPERATIONS[`${route.method.toUpperCase()} ${path}`] ?? {
      summary: route.handler,
      responses: { '200': { description: 'OK' } },
    };
    const { parameters = [], responses, security, ...rest } = known as { parameters?: Json[]; responses: Json; security?: Json[] };
    // A route without authentication (`security: []`) answers only its own errors.
    const common = security?.length === 0 ? {} : commonResponses;
    paths[`/${PLUGIN_ID}${path}`] = {
      ...paths[`/${PLUGIN_ID}${path}`],
      [method]: {
        ...rest,
        operationId: `${method}/${PLUGIN_ID}${path}`,
        tags: [TAG],
        parameters: [...pathParameters(route.path), ...parameters],
        security: security ?? [{ [SECURITY_SCHEME]: [] }],
        // The route's own answers first; the common ones do not replace them.
        responses: { ...responses, ...common, ...responses },
      },
    };
  }

  return {
    tags: [{ name: TAG, description: 'Routes an integration calls with its own access token, and the report of leaked tokens.' }],
    paths,
    components: {
      securitySchemes: {
        [SECURITY_SCHEME]: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: `${prefix}…`,
          description: `An access token of the Access Tokens plugin (\`${prefix}…\`), created under Settings → Access Tokens. Read-only tokens may use GET and HEAD; scopes limit a token to some content types and plugins.`,
        },
      },
      schemas: schemas(),
    },
  };
};

/**
 * Registers the override with the documentation plugin, when it is installed. Called from `register`, before the
 * documentation plugin generates its document in its `bootstrap`.
 */
export const registerDocumentation = (strapi: Core.Strapi) => {
  const documentation = strapi.plugin('documentation');
  if (!documentation) return;
  const override = documentation.service('override') as OverrideService | undefined;
  if (typeof override?.registerOverride !== 'function') return;

  const config = strapi.config.get('plugin::documentation') as DocumentationConfig | undefined;
  const listed = config?.['x-strapi-config']?.plugins;
  // null (the default) documents Strapi's default plugins, and us; an explicit list without us is respected.
  if (Array.isArray(listed) && !listed.includes(PLUGIN_ID)) return;

  try {
    override.registerOverride(buildOpenApiOverride({ prefix: getPluginConfig(strapi).prefix, routes: contentApiRoutes.routes }), {
      excludeFromGeneration: [PLUGIN_ID],
    });
    // The override cannot add top-level sections: the deliveries join the document through its mutation hook.
    const mutate = config?.['x-strapi-config']?.mutateDocumentation;
    strapi.config.set('plugin::documentation.x-strapi-config.mutateDocumentation', ((document) => {
      const replaced = mutate?.(document);
      addWebhooks(replaced ?? document, webhooksCatalog(ref('HookPayload').$ref, TAG));
      return replaced;
    }) satisfies Mutation);
    // Our tokens authenticate every content-API route: offer the scheme next to the document's own requirements.
    if (Array.isArray(config?.security) && !config.security.some((requirement) => SECURITY_SCHEME in requirement)) {
      strapi.config.set('plugin::documentation.security', [...config.security, { [SECURITY_SCHEME]: [] }]);
    }
  } catch (error) {
    strapi.log.warn(`[${PLUGIN_ID}] could not add its routes to the OpenAPI documentation: ${(error as Error).message}`);
  }
};
