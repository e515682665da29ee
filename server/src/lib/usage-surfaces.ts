import type { UsageCounter } from './usage-counts';

/**
 * Does a request's path reach the route at `routePath`? As Strapi's router (@koa/router) matches: whatever the case,
 * with or without a trailing slash. An exact comparison would let `/API/…/MCP/` past a check the route still serves.
 */
export const isPathOf = (path: string, routePath: string): boolean =>
  path.replace(/\/+$/, '').toLowerCase() === routePath.replace(/\/+$/, '').toLowerCase();

/** The paths of the surfaces that are not REST (without a query string). */
export interface SurfacePaths {
  graphql: string | undefined;
  mcp: string;
}

/** The counter a request adds to besides its outcome: none for REST, whose count is what the others leave. */
export const surfaceCounterOf = (path: string, paths: SurfacePaths): UsageCounter | undefined => {
  if (isPathOf(path, paths.mcp)) return 'mcpRequests';
  if (paths.graphql !== undefined && isPathOf(path, paths.graphql)) return 'graphqlRequests';
  return undefined;
};
