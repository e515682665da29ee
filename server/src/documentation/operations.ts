import type { z } from 'zod/v4';

import type { DocumentedRoute } from '../routes/documented-route';
import { PLUGIN_ID } from '../utils';
import { commonResponses, errorResponse, SECURITY_SCHEME, TAG, type Json } from './openapi';
import { parametersOf, schemaOf } from './schemas';

/** `/hooks/:id` -> `/access-tokens/hooks/{id}`: the path in the document, relative to its `/api` server. */
export const documentedPath = (path: string) => `/${PLUGIN_ID}${path.replace(/:([A-Za-z0-9_]+)/g, '{$1}')}`;

/** The body each media type takes; it may be left out when an empty one would do. */
const requestBodyOf = (body: Record<string, z.ZodType>) => ({
  required: !Object.values(body).every((schema) => schema.safeParse({}).success),
  content: Object.fromEntries(
    Object.entries(body).map(([media, schema]) => [media, { schema: schemaOf(schema, 'input') }])
  ),
});

/** The route's own answers: its 2xx with the route's `response` schema, its refusals with Strapi's error body. */
const responsesOf = ({ documentation, response }: DocumentedRoute) =>
  Object.fromEntries(
    Object.entries(documentation.responses).map(([status, description]) => {
      if (Number(status) >= 300) return [status, errorResponse(description)];
      const content = response ? { 'application/json': { schema: schemaOf(response, 'output') } } : undefined;
      return [status, content ? { description, content } : { description }];
    })
  );

/** The OpenAPI operation of a content-API route, from the route itself: method, path, auth, schemas, documentation. */
export const operationOf = (route: DocumentedRoute): Json => {
  const { request = {}, documentation } = route;
  const method = route.method.toLowerCase();
  const open = route.config?.auth === false;
  const own = responsesOf(route);
  return {
    summary: documentation.summary,
    ...(documentation.description ? { description: documentation.description } : {}),
    operationId: `${method}${documentedPath(route.path)}`,
    tags: [TAG],
    parameters: [
      ...parametersOf(request.params ?? {}, 'path', 'input'),
      ...parametersOf(request.query ?? {}, 'query', 'input'),
    ],
    ...(request.body ? { requestBody: requestBodyOf(request.body) } : {}),
    // A route without authentication answers only its own refusals.
    security: open ? [] : [{ [SECURITY_SCHEME]: [] }],
    // The route's own answers first; the common ones do not replace them.
    responses: { ...own, ...(open ? {} : commonResponses), ...own },
  };
};

/** The `paths` of the document: one operation per route, grouped by path. */
export const pathsOf = (routes: DocumentedRoute[]) => {
  const paths: Record<string, Record<string, Json>> = {};
  for (const route of routes) {
    const path = documentedPath(route.path);
    paths[path] = { ...paths[path], [route.method.toLowerCase()]: operationOf(route) };
  }
  return paths;
};
