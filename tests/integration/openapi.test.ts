import contentApiRoutes from '../../server/src/routes/content-api';
import { createClient } from './helpers/http';
import { startApp, type TestApp } from './helpers/app';

/**
 * Strapi's own OpenAPI document (`server.openapi['content-api']`, served at /api/openapi.json) describes each of the
 * plugin's content-API routes from the zod schemas the route declares: its parameters, its request body and its
 * success answer. Strapi files every declared answer under 200, whatever the status the route sends.
 */
type Schema = { type?: string; properties?: Record<string, Schema>; required?: string[]; $ref?: string };
type Operation = {
  parameters?: Array<{ name: string; in: string; required: boolean; schema: Schema }>;
  requestBody?: { content: Record<string, { schema: Schema }> };
  responses: Record<string, { content?: Record<string, { schema: Schema }> }>;
};
type Document = { paths: Record<string, Record<string, Operation>>; components?: { schemas?: Record<string, Schema> } };

/** Routes that answer 204: no body to describe. */
const NO_CONTENT = new Set(['DELETE /me', 'DELETE /hooks/:id']);

/** Routes that take a JSON body. */
const WITH_BODY = new Set(['POST /revoke', 'POST /hooks', 'POST /hooks/:id/rotate-secret']);

const openApiPath = (path: string) => `/access-tokens${path.replace(/:(\w+)/g, '{$1}')}`;

let app: TestApp;
let document: Document;

beforeAll(async () => {
  app = await startApp({ OPENAPI_CONTENT_API: 'public' });
  const response = await createClient(app.url).get('/api/openapi.json');
  expect(response.status).toBe(200);
  document = response.body;
});

afterAll(async () => {
  await app?.close();
  delete process.env.OPENAPI_CONTENT_API;
});

/** A schema with its `$ref` (to components.schemas) followed. */
const resolved = (schema: Schema): Schema =>
  schema.$ref ? resolved(document.components!.schemas![schema.$ref.split('/').pop()!]) : schema;

describe.each(contentApiRoutes.routes.map((route) => [`${route.method} ${route.path}`, route] as const))(
  '%s in /api/openapi.json',
  (name, route) => {
    const operation = () => document.paths[openApiPath(route.path)]?.[route.method.toLowerCase()];

    it('is listed', () => {
      expect(operation()).toBeDefined();
    });

    it(NO_CONTENT.has(name) ? 'declares no answer body' : 'describes its JSON answer, { data }', () => {
      const answer = operation().responses['200'];
      if (NO_CONTENT.has(name)) return expect(answer).toBeUndefined();
      const schema = resolved(answer.content!['application/json'].schema);
      expect(schema.type).toBe('object');
      expect(schema.required).toContain('data');
    });

    it(WITH_BODY.has(name) ? 'describes its JSON request body' : 'takes no request body', () => {
      const body = operation().requestBody;
      if (!WITH_BODY.has(name)) return expect(body).toBeUndefined();
      expect(resolved(body!.content['application/json'].schema)).toMatchObject({ type: 'object' });
    });

    it('names its path parameters', () => {
      const declared = (operation().parameters ?? []).filter((parameter) => parameter.in === 'path');
      const inPath = [...route.path.matchAll(/:(\w+)/g)].map(([, parameter]) => parameter);
      expect(declared.map((parameter) => parameter.name)).toEqual(inPath);
      for (const parameter of declared) expect(parameter).toMatchObject({ required: true });
    });
  }
);

describe('the parts that say what a route accepts', () => {
  it('GET /hooks/sample takes event and contentType in the query', () => {
    const parameters = document.paths[openApiPath('/hooks/sample')].get.parameters ?? [];
    expect(parameters.filter((p) => p.in === 'query').map((p) => p.name)).toEqual(['event', 'contentType']);
  });

  it('POST /hooks requires event and describes the subscription with its secret', () => {
    const operation = document.paths[openApiPath('/hooks')].post;
    const body = resolved(operation.requestBody!.content['application/json'].schema);
    expect(Object.keys(body.properties!)).toEqual(['targetUrl', 'target_url', 'event', 'contentType']);
    expect(body.required).toEqual(['event']);
    const data = resolved(resolved(operation.responses['200'].content!['application/json'].schema).properties!.data);
    expect(data.required).toEqual(expect.arrayContaining(['id', 'event', 'targetUrl', 'secret']));
  });

  it('POST /revoke requires the list of token values', () => {
    const body = document.paths[openApiPath('/revoke')].post.requestBody!.content['application/json'].schema;
    expect(resolved(body)).toMatchObject({ required: ['tokens'], properties: { tokens: { type: 'array' } } });
  });
});
