import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

import { HOOK_EVENTS } from '../../server/src/hooks/events';
import contentApiRoutes from '../../server/src/routes/content-api';
import { SECURITY_SCHEME } from '../../server/src/documentation';
import { APP_DIR, startApp, type TestApp } from './helpers/app';

/**
 * With @strapi/plugin-documentation enabled, the OpenAPI document it generates at start-up (outside production)
 * describes the plugin's content-API routes and a bearer scheme for its tokens.
 */
const EXTENSIONS_DIR = join(APP_DIR, 'src', 'extensions');
const DOCUMENT_FILE = join(EXTENSIONS_DIR, 'documentation', 'documentation', '1.0.0', 'full_documentation.json');

const removeGenerated = () => rmSync(EXTENSIONS_DIR, { recursive: true, force: true });

type Operation = {
  parameters: Array<{ name: string; in: string; required?: boolean }>;
  requestBody: { content: Record<string, { schema: { allOf: Array<Record<string, any>> } }> };
  responses: Record<string, unknown>;
};

type OpenApi = {
  openapi: string;
  'x-webhooks'?: Record<string, { post: Operation }>;
  webhooks?: unknown;
  paths: Record<
    string,
    Record<string, { security?: Array<Record<string, string[]>>; tags?: string[]; responses: Record<string, unknown> }>
  >;
  security: Array<Record<string, string[]>>;
  components: { securitySchemes: Record<string, Record<string, string>>; schemas: Record<string, unknown> };
  tags?: Array<{ name: string }>;
};

const bootWithDocumentation = async (env: Record<string, string>) => {
  removeGenerated();
  const app = await startApp({ DOCUMENTATION_ENABLED: 'true', ...env });
  const document = JSON.parse(readFileSync(DOCUMENT_FILE, 'utf8')) as OpenApi;
  return { app, document };
};

afterAll(() => {
  removeGenerated();
  delete process.env.DOCUMENTATION_ENABLED;
  delete process.env.DOCUMENTATION_PLUGINS;
});

describe('OpenAPI document with @strapi/plugin-documentation (default plugins)', () => {
  let app: TestApp;
  let document: OpenApi;

  beforeAll(async () => {
    ({ app, document } = await bootWithDocumentation({}));
  });

  afterAll(async () => {
    await app?.close();
  });

  it('describes GET /access-tokens/me, secured by the token scheme', () => {
    const me = document.paths['/access-tokens/me']?.get;
    expect(me).toBeDefined();
    expect(me.security).toEqual([{ [SECURITY_SCHEME]: [] }]);
    expect(me.tags).toEqual(['Access Tokens']);
    expect(Object.keys(me.responses)).toEqual(expect.arrayContaining(['200', '401', '403', '429']));
  });

  it('describes the leak report as open to anyone, and DELETE /me as secured by the token', () => {
    const revoke = document.paths['/access-tokens/revoke']?.post;
    expect(revoke.security).toEqual([]);
    expect(Object.keys(revoke.responses).sort()).toEqual(['202', '400', '429']);
    const revokeSelf = document.paths['/access-tokens/me']?.delete;
    expect(revokeSelf.security).toEqual([{ [SECURITY_SCHEME]: [] }]);
    expect(Object.keys(revokeSelf.responses)).toEqual(expect.arrayContaining(['204', '401']));
  });

  it('has a bearer security scheme for the tokens, next to Strapi’s own', () => {
    expect(document.components.securitySchemes[SECURITY_SCHEME]).toMatchObject({
      type: 'http',
      scheme: 'bearer',
      bearerFormat: 'sat_…',
    });
    expect(document.components.securitySchemes.bearerAuth).toBeDefined();
    expect(document.security).toEqual(expect.arrayContaining([{ bearerAuth: [] }, { [SECURITY_SCHEME]: [] }]));
  });

  it('describes every content-API route of the plugin', () => {
    for (const route of contentApiRoutes.routes) {
      const path = `/access-tokens${route.path.replace(/:([A-Za-z0-9_]+)/g, '{$1}')}`;
      expect({ path, operation: document.paths[path]?.[route.method.toLowerCase()] !== undefined }).toEqual({
        path,
        operation: true,
      });
    }
  });

  it('keeps the rest of the generated document and leaves out the plugin’s internal content types', () => {
    expect(document.paths['/articles']).toBeDefined();
    const ours = Object.keys(document.paths).filter((path) => path.startsWith('/access-tokens'));
    expect(
      ours.every((path) =>
        contentApiRoutes.routes.some((route) => path.startsWith(`/access-tokens${route.path.split('/:')[0]}`))
      )
    ).toBe(true);
    expect(Object.keys(document.paths).some((path) => /audit|\/tokens/.test(path))).toBe(false);
    expect(Object.keys(document.components.schemas)).toEqual(
      expect.arrayContaining(['AccessTokensMe', 'AccessTokensHookSubscription'])
    );
  });

  it('lists each hook event under x-webhooks (the document is OpenAPI 3.0): the delivery body and the Standard Webhooks headers', () => {
    expect(document.openapi).toMatch(/^3\.0\./);
    expect(document.webhooks).toBeUndefined();
    expect(Object.keys(document['x-webhooks'] ?? {})).toEqual([...HOOK_EVENTS]);
    for (const event of HOOK_EVENTS) {
      const { post } = document['x-webhooks']![event];
      expect(
        post.parameters
          .filter((parameter) => parameter.in === 'header' && parameter.required)
          .map((parameter) => parameter.name)
      ).toEqual(['webhook-id', 'webhook-timestamp', 'webhook-signature']);
      const [payload, narrowed] = post.requestBody.content['application/json'].schema.allOf;
      expect(payload).toEqual({ $ref: '#/components/schemas/AccessTokensHookPayload' });
      expect(narrowed.properties.event.enum).toEqual([event]);
      expect(Object.keys(post.responses)).toContain('2XX');
    }
    const payload = document.components.schemas.AccessTokensHookPayload as { required: string[] };
    expect(payload.required).toEqual(['id', 'event', 'createdAt', 'contentType', 'entry']);
  });

  it('describes signing-secret rotation, and no admin-only route such as replay', () => {
    const rotate = document.paths['/access-tokens/hooks/{id}/rotate-secret']?.post;
    expect(Object.keys(rotate.responses)).toEqual(expect.arrayContaining(['200', '404', '401']));
    expect(document.components.schemas).toHaveProperty('AccessTokensHookRotatedSecret');
    expect(Object.keys(document.paths).some((path) => path.includes('replay'))).toBe(false);
  });

  it('serves the document in the Swagger UI page', async () => {
    const response = await fetch(`${app.url}/documentation/v1.0.0`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('/access-tokens/me');
  });
});

describe('OpenAPI document when the app documents only some plugins', () => {
  let app: TestApp;
  let document: OpenApi;

  beforeAll(async () => {
    ({ app, document } = await bootWithDocumentation({ DOCUMENTATION_PLUGINS: 'upload' }));
  });

  afterAll(async () => {
    await app?.close();
  });

  it('respects a list that leaves access-tokens out', () => {
    expect(existsSync(DOCUMENT_FILE)).toBe(true);
    expect(Object.keys(document.paths).some((path) => path.startsWith('/access-tokens'))).toBe(false);
    expect(document.components.securitySchemes[SECURITY_SCHEME]).toBeUndefined();
    expect(document['x-webhooks']).toBeUndefined();
  });
});
