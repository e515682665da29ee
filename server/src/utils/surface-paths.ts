import type { Core } from '@strapi/strapi';

import type { SurfacePaths } from '../lib/usage-surfaces';

/** The MCP endpoint's path under the content API's prefix (`api.rest.prefix`, /api by default). */
export const mcpPathOf = (strapi: Core.Strapi) =>
  `${String(strapi.config.get('api.rest.prefix', '/api')).replace(/\/$/, '')}/access-tokens/mcp`;

/** The GraphQL plugin's endpoint (`endpoint` in its config, /graphql by default), when it is installed. */
const graphqlPathOf = (strapi: Core.Strapi): string | undefined => {
  const graphql = strapi.plugin('graphql');
  return graphql ? String(graphql.config('endpoint') ?? '/graphql') : undefined;
};

/** Where the requests that are not REST go, as the usage counts tell them apart. */
export const surfacePathsOf = (strapi: Core.Strapi): SurfacePaths => ({
  graphql: graphqlPathOf(strapi),
  mcp: mcpPathOf(strapi),
});
