import type { Core } from '@strapi/strapi';

import type { Grant } from '../grants';
import { createToolCatalog } from '../tool-catalog';

const grant = (uid: string, actions: string[]): Grant => ({
  uid,
  actions: new Set(actions),
  readableFields: null,
  writableFields: null,
  locales: null,
});

const model = (uid: string, localized = false) => ({
  uid,
  kind: 'collectionType',
  modelType: 'contentType',
  info: { singularName: uid.split('.').pop() },
  options: { draftAndPublish: false },
  ...(localized ? { pluginOptions: { i18n: { localized: true } } } : {}),
  attributes: { title: { type: 'string' } },
});

/** A Strapi with two types, one without content-API routes, and the i18n plugin's locales. */
const fakeStrapi = (routes: string[]) => {
  const grants = new Map([
    ['api::article.article', grant('api::article.article', ['find', 'findOne', 'create'])],
    ['api::internal.internal', grant('api::internal.internal', ['find', 'findOne'])],
    ['api::page.page', grant('api::page.page', ['find'])],
  ]);
  const findLocales = jest.fn(async () => [{ code: 'en' }, { code: 'fr' }]);
  const strapi = {
    contentTypes: {
      'api::article.article': model('api::article.article'),
      'api::internal.internal': model('api::internal.internal'),
      'api::page.page': model('api::page.page', true),
    },
    contentAPI: { getRoutesMap: async () => ({ 'api::app': routes.map((handler) => ({ handler })) }) },
    config: {
      get: (key: string, fallback?: unknown) =>
        key === 'plugin::access-tokens' ? { mcp: { maxPageSize: 10 } } : fallback,
    },
    plugin: (name: string) => (name === 'i18n' ? { service: () => ({ find: findLocales }) } : undefined),
  } as unknown as Core.Strapi;
  // @strapi/utils reads the app's private attributes from the global Strapi.
  (global as { strapi?: unknown }).strapi = strapi;
  return { strapi, findLocales, grants };
};

describe('the tool catalog of a token', () => {
  afterEach(() => delete (global as { strapi?: unknown }).strapi);

  it('offers only the actions the app routes over the content API', async () => {
    const { strapi, grants } = fakeStrapi([
      'api::article.article.find',
      'api::article.article.findOne',
      'api::page.page.find',
      'plugin::upload.content-api.find',
    ]);
    const specs = await createToolCatalog(strapi).specsFor(grants);
    expect(specs.map(({ name }) => name)).toEqual(['list_article', 'get_article', 'list_page']);
  });

  it('builds the tools once per grants, and reads the locales at most once a second', async () => {
    const { strapi, findLocales, grants } = fakeStrapi(['api::page.page.find']);
    const catalog = createToolCatalog(strapi);
    const first = await catalog.specsFor(grants);
    expect(first[0].inputSchema).toMatchObject({ properties: { locale: { enum: ['en', 'fr'] } } });
    expect(await catalog.specsFor(grants)).toBe(first);
    expect(findLocales).toHaveBeenCalledTimes(1);
  });
});
