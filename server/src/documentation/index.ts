import type { Core } from '@strapi/strapi';

import contentApiRoutes from '../routes/content-api';
import type { DocumentedRoute } from '../routes/documented-route';
import { PLUGIN_ID, getPluginConfig } from '../utils';
import { SECURITY_SCHEME, TAG } from './openapi';
import { pathsOf } from './operations';
import { schemas } from './schemas';
import { addWebhooks, webhooksCatalog } from './webhooks';

export { SECURITY_SCHEME };

/**
 * OpenAPI for `@strapi/plugin-documentation`: when that plugin is installed, the generated document gains this
 * plugin's content-API routes (`/access-tokens/...`, relative to the document's `/api` server) and a bearer
 * security scheme for its tokens, offered on every route next to Strapi's own `bearerAuth`. Every part of it is
 * generated from the routes (routes/content-api.ts: their schemas and `documentation`) and the delivery schemas.
 *
 * An app that lists the plugins to document (`x-strapi-config.plugins`) and leaves `access-tokens` out gets nothing
 * from us. The documentation plugin's own generator never runs over this plugin: its content types are not part of
 * the content API, so it would only describe routes that do not exist.
 */

interface OverrideService {
  registerOverride(
    override: Record<string, unknown>,
    options?: { pluginOrigin?: string; excludeFromGeneration?: string[] }
  ): void;
}

type Mutation = (document: Record<string, unknown>) => Record<string, unknown> | void;

interface DocumentationConfig {
  security?: Array<Record<string, string[]>>;
  'x-strapi-config'?: { plugins?: string[] | null; mutateDocumentation?: Mutation | null };
}

/** The override registered with the documentation plugin: paths, tag, schemas and the security scheme. */
export const buildOpenApiOverride = ({ prefix, routes }: { prefix: string; routes: DocumentedRoute[] }) => ({
  tags: [
    {
      name: TAG,
      description: 'Routes an integration calls with its own access token, and the report of leaked tokens.',
    },
  ],
  paths: pathsOf(routes),
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
});

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
    override.registerOverride(
      buildOpenApiOverride({ prefix: getPluginConfig(strapi).prefix, routes: contentApiRoutes.routes }),
      {
        excludeFromGeneration: [PLUGIN_ID],
      }
    );
    // The override cannot add top-level sections: the deliveries join the document through its mutation hook.
    const mutate = config?.['x-strapi-config']?.mutateDocumentation;
    strapi.config.set('plugin::documentation.x-strapi-config.mutateDocumentation', ((document) => {
      const replaced = mutate?.(document);
      addWebhooks(replaced ?? document, webhooksCatalog());
      return replaced;
    }) satisfies Mutation);
    // Our tokens authenticate every content-API route: offer the scheme next to the document's own requirements.
    if (Array.isArray(config?.security) && !config.security.some((requirement) => SECURITY_SCHEME in requirement)) {
      strapi.config.set('plugin::documentation.security', [...config.security, { [SECURITY_SCHEME]: [] }]);
    }
  } catch (error) {
    strapi.log.warn(
      `[${PLUGIN_ID}] could not add its routes to the OpenAPI documentation: ${(error as Error).message}`
    );
  }
};
