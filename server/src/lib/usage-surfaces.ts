import type { UsageCounter } from './usage-counts';

/** Where a token's request went: the content API over REST, GraphQL, or the MCP endpoint. */
export type RequestSurface = 'rest' | 'graphql' | 'mcp';

/** The paths of the surfaces that are not REST (without a query string). */
export interface SurfacePaths {
  graphql: string | undefined;
  mcp: string;
}

/** The counter a request adds to besides its outcome: none for REST, whose count is what the others leave. */
export const surfaceCounterOf = (path: string, paths: SurfacePaths): UsageCounter | undefined => {
  if (path === paths.mcp) return 'mcpRequests';
  if (paths.graphql !== undefined && path === paths.graphql) return 'graphqlRequests';
  return undefined;
};
