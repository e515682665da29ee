import type { Core } from '@strapi/strapi';

import { registerDocumentation } from './documentation';
import { registerGraphql } from './graphql';
import { answerMcpBodyErrors } from './mcp/body';
import { registerMcpDiscovery } from './mcp/discovery';
import { applyPermissions } from './permissions/apply';
import { guardUploadTargets } from './policies/upload-target';
import { createContentApiStrategy } from './strategies/content-api';
import { serveOurTokensFirst } from './strategies/serve-first';
import { getPluginConfig, getService } from './utils';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  // Resolving the keys service checks the hashing secret now: a missing one in production stops the boot here.
  getService('keys', { strapi });

  const strategy = createContentApiStrategy({ strapi });
  strapi.get('auth').register('content-api', strategy);
  if (getPluginConfig(strapi).serveFirst) serveOurTokensFirst(strapi, strategy);
  // Before Strapi's own middlewares (added after register): it sees each request's final status.
  strapi.server.use(getService('usage', { strapi }).middleware);
  // The MCP endpoint's 401 challenge and protected-resource metadata; 404 when mcp.enabled is off.
  registerMcpDiscovery(strapi);
  // Unparsable JSON to the MCP endpoint: a JSON-RPC parse error, not Strapi's logged internal error.
  answerMcpBodyErrors(strapi);
  // A custom token's field and locale rules, in Strapi's sanitizers, query validation and document service.
  applyPermissions(strapi, getService('permissions', { strapi }));
  // Uploads may link a file to an entry: only to one the token's scopes cover.
  guardUploadTargets(strapi);

  // With @strapi/plugin-documentation installed: our content-API routes and token scheme in its OpenAPI document.
  registerDocumentation(strapi);
  // With @strapi/plugin-graphql installed: no shadow CRUD over our tables; operations recorded for verify.
  registerGraphql(strapi);
};
