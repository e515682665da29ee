import type { Core } from '@strapi/strapi';

/**
 * What the documentation plugin says of a route beyond its schemas (documentation/operations.ts reads it with the
 * route's method, path, auth, `request` and `response`): what it does, and what each of its own answers means.
 */
export interface RouteDocumentation {
  summary: string;
  description?: string;
  /**
   * The route's own answers by status, each with what it means: its 2xx, which carries the route's `response`
   * schema, and the refusals it gives besides the ones every route gives (400, 401, 403, 429).
   */
  responses: Record<number, string>;
}

/** A content-API route of the plugin: Strapi's route, and its documentation next to it. */
export type DocumentedRoute = Core.RouteInput & { documentation: RouteDocumentation };
