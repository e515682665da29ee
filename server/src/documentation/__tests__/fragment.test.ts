import { HOOK_EVENTS } from '../../../../shared/contracts/hooks';
import contentApiRoutes from '../../routes/content-api';
import { buildOpenApiOverride } from '..';
import { SECURITY_SCHEME, TAG } from '../openapi';
import { documentedPath } from '../operations';
import { webhooksCatalog } from '../webhooks';

/** The fragment handed to the documentation plugin, generated from the content-API routes and the contracts. */
type Schema = { type?: string; $ref?: string; required?: string[]; properties?: Record<string, Schema> };
type Parameter = { name: string; in: string; required: boolean; description?: string; schema: Schema & Json };
type Json = Record<string, unknown>;
type Operation = {
  summary: string;
  tags: string[];
  security: Array<Record<string, string[]>>;
  parameters: Parameter[];
  requestBody?: { required: boolean; content: Record<string, { schema: Schema }> };
  responses: Record<string, { description: string; content?: Record<string, { schema: Schema }> }>;
};

const { routes } = contentApiRoutes;
const fragment = buildOpenApiOverride({ prefix: 'sat_', routes }) as unknown as {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
};
const catalog = webhooksCatalog() as Record<string, { post: Operation }>;

/** A schema with its `$ref` to the fragment's components followed. */
const resolved = (schema: Schema): Schema =>
  schema.$ref ? resolved(fragment.components.schemas[schema.$ref.replace('#/components/schemas/', '')]) : schema;

const jsonSchema = (part?: { content?: Record<string, { schema: Schema }> }) =>
  part?.content?.['application/json']?.schema;

describe.each(routes.map((route) => [`${route.method} ${route.path}`, route] as const))(
  '%s in the documentation fragment',
  (_name, route) => {
    const operation = () => fragment.paths[documentedPath(route.path)]?.[route.method.toLowerCase()];

    it("is listed with the route's summary, the plugin's tag and the route's authentication", () => {
      expect(operation()).toMatchObject({ summary: route.documentation.summary, tags: [TAG] });
      const open = route.config?.auth === false;
      expect(operation().security).toEqual(open ? [] : [{ [SECURITY_SCHEME]: [] }]);
    });

    it('names its path parameters, each required', () => {
      const declared = operation().parameters.filter((parameter) => parameter.in === 'path');
      expect(declared.map((parameter) => parameter.name)).toEqual(
        [...route.path.matchAll(/:(\w+)/g)].map(([, name]) => name)
      );
      for (const parameter of declared) expect(parameter.required).toBe(true);
    });

    it(route.request?.body ? 'describes its JSON request body' : 'takes no request body', () => {
      const body = operation().requestBody;
      if (!route.request?.body) return expect(body).toBeUndefined();
      expect(resolved(jsonSchema(body)!)).toMatchObject({ type: 'object' });
    });

    it(route.response ? 'answers one 2xx, with its { data } schema' : 'answers one 2xx, without a body', () => {
      const { responses } = operation();
      const success = Object.keys(responses).filter((status) => status.startsWith('2'));
      expect(success).toHaveLength(1);
      const schema = jsonSchema(responses[success[0]]);
      if (!route.response) return expect(schema).toBeUndefined();
      expect(schema).toMatchObject({ type: 'object', required: ['data'] });
      expect(resolved(schema!.properties!.data).type).toMatch(/^(object|array)$/);
    });

    it("gives its refusals Strapi's error body; a route open to anyone only its own", () => {
      const { responses } = operation();
      const refusals = Object.keys(responses).filter((status) => !status.startsWith('2'));
      for (const status of refusals)
        expect(jsonSchema(responses[status])).toEqual({ $ref: '#/components/schemas/Error' });
      const own = Object.keys(route.documentation.responses).filter((status) => !status.startsWith('2'));
      expect(refusals.sort()).toEqual(
        route.config?.auth === false ? own.sort() : [...new Set([...own, '400', '401', '403', '429'])].sort()
      );
    });
  }
);

describe('the documentation fragment as a whole', () => {
  it('has one operation per content-API route, and no other', () => {
    const operations = Object.entries(fragment.paths).flatMap(([path, item]) =>
      Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`)
    );
    expect(operations.sort()).toEqual(routes.map((route) => `${route.method} ${documentedPath(route.path)}`).sort());
  });

  it("refers only to its own components and Strapi's Error", () => {
    const refs = [...JSON.stringify({ fragment, catalog }).matchAll(/"\$ref":"#\/components\/schemas\/(\w+)"/g)];
    expect(refs.length).toBeGreaterThan(0);
    for (const [, name] of refs) expect([...Object.keys(fragment.components.schemas), 'Error']).toContain(name);
  });

  it('lets the rotate-secret body be left out, since every field of it is optional, and no other', () => {
    const required = Object.fromEntries(
      routes
        .filter((route) => route.request?.body)
        .map((route) => [route.path, fragment.paths[documentedPath(route.path)].post.requestBody!.required])
    );
    expect(required).toEqual({ '/revoke': true, '/hooks': true, '/hooks/:id/rotate-secret': false });
  });

  it('takes the sample query from its schema: event with its default, contentType with its description', () => {
    const [event, contentType] = fragment.paths['/access-tokens/hooks/sample'].get.parameters;
    expect(event).toMatchObject({ name: 'event', in: 'query', required: false, schema: { default: 'entry.create' } });
    expect(event.schema.enum).toEqual([...HOOK_EVENTS]);
    expect(contentType).toMatchObject({ name: 'contentType', in: 'query', required: false });
    expect(contentType.description).toMatch(/content-type UID/);
  });
});

describe('the webhooks of the fragment', () => {
  it('list every event', () => {
    expect(Object.keys(catalog)).toEqual([...HOOK_EVENTS]);
  });

  it.each([...HOOK_EVENTS])('%s: the payload narrowed to the event, and the Standard Webhooks headers', (event) => {
    const { post } = catalog[event];
    const { allOf } = jsonSchema(post.requestBody) as { allOf: Schema[] };
    expect(allOf[0]).toEqual({ $ref: '#/components/schemas/AccessTokensHookPayload' });
    expect(allOf[1]).toMatchObject({ properties: { event: { type: 'string', enum: [event] } }, required: ['event'] });
    expect(post.parameters.map(({ name, in: location, required }) => [name, location, required])).toEqual([
      ['webhook-id', 'header', true],
      ['webhook-timestamp', 'header', true],
      ['webhook-signature', 'header', true],
    ]);
    for (const header of post.parameters) {
      expect(header.description).toEqual(expect.any(String));
      expect(header.schema).toMatchObject({ type: 'string', example: expect.any(String) });
    }
    expect(Object.keys(post.responses).sort()).toEqual(['2XX', '410', 'default']);
  });

  it('refer to a payload component that requires every field of a delivery', () => {
    expect(fragment.components.schemas.AccessTokensHookPayload.required).toEqual([
      'id',
      'event',
      'createdAt',
      'contentType',
      'entry',
    ]);
  });
});
