import type { Core, Struct } from '@strapi/strapi';
import { contentTypes } from '@strapi/utils';

import { PLUGIN_ID } from '../utils';
import type { PermissionCatalog, SubjectSchema } from '../validation/permissions';

import { CONTENT_TYPE_ACTIONS } from '../../../shared/contracts/permissions';

/** The routes @strapi/core's createCoreRouter gives a single type: GET, PUT and DELETE of `/<singularName>`. */
const SINGLE_TYPE_ACTIONS = ['find', 'update', 'delete'];

const OWN = `plugin::${PLUGIN_ID}`;
const OWN_REFUSAL =
  'belongs to this plugin: its own routes (/me, hooks) serve every token, and its tables are never part of the ' +
  'content API';

/** Strapi's own judgement of private attributes (the attribute's `private`, the model's and the app's lists). */
const contentTypeSchema = (model: Struct.ContentTypeSchema): SubjectSchema => {
  const names = Object.keys(model.attributes);
  const hidden = names.filter((name) => contentTypes.isPrivateAttribute(model, name));
  const readable = names.filter((name) => !hidden.includes(name));
  const nonWritable = contentTypes.getNonWritableAttributes(model);
  return {
    kind: model.kind,
    actions: model.kind === 'singleType' ? SINGLE_TYPE_ACTIONS : CONTENT_TYPE_ACTIONS,
    readable,
    writable: readable.filter((name) => !nonWritable.includes(name)),
    private: hidden,
    localized: (model.pluginOptions?.i18n as { localized?: boolean } | undefined)?.localized === true,
  };
};

/**
 * A plugin's actions, named as Strapi names them after the plugin: `content-api.find` for the route handler
 * `content-api.find`, whose action is `plugin::upload.content-api.find`. A handler of another API, or a function,
 * has no action of the plugin's.
 */
const pluginSchema = (name: string, routes: { handler?: unknown }[]): SubjectSchema => {
  const actions = routes.flatMap(({ handler }) => {
    if (typeof handler !== 'string') return [];
    if (handler.startsWith(`plugin::${name}.`)) return [handler.slice(`plugin::${name}.`.length)];
    return handler.includes('::') ? [] : [handler];
  });
  return { kind: 'plugin', actions: [...new Set(actions)], readable: [], writable: [], private: [], localized: false };
};

const controllerUidOf = (handler: unknown) =>
  typeof handler === 'string' && handler.includes('.') ? handler.slice(0, handler.lastIndexOf('.')) : null;

/**
 * What a custom token may be granted (validation/permissions.ts): the content types that have content-API routes,
 * the plugins that do (never this one), and the locales. Routes are fixed once Strapi has loaded; locales are read
 * at each call, as admins add them at any time.
 */
const createPermissionCatalogService = ({ strapi }: { strapi: Core.Strapi }) => {
  let subjects: Promise<Map<string, SubjectSchema>> | undefined;

  const collect = async () => {
    const routesMap = (await strapi.contentAPI.getRoutesMap()) as Record<string, { handler?: unknown }[]>;
    const found = new Map<string, SubjectSchema>();
    for (const [source, routes] of Object.entries(routesMap)) {
      if (source === OWN) continue;
      if (source.startsWith('plugin::')) {
        found.set(source, pluginSchema(source.slice('plugin::'.length), routes));
        continue;
      }
      for (const uid of routes.map((route) => controllerUidOf(route.handler))) {
        const model = uid ? strapi.contentTypes[uid as keyof typeof strapi.contentTypes] : undefined;
        if (uid && model && !found.has(uid)) found.set(uid, contentTypeSchema(model));
      }
    }
    return new Map([...found].sort(([a], [b]) => a.localeCompare(b)));
  };

  const localeCodes = async (): Promise<string[]> => {
    const locales = strapi.plugin('i18n')?.service('locales');
    if (!locales) return [];
    const all = ((await locales.find()) as { code: string }[]).map(({ code }) => code);
    const fallback = (await locales.getDefaultLocale()) as string | undefined;
    return fallback && all.includes(fallback) ? [fallback, ...all.filter((code) => code !== fallback)] : all;
  };

  return {
    async catalog(): Promise<PermissionCatalog> {
      const known = await (subjects ??= collect());
      const refusal = (uid: string) => {
        if (uid === OWN || uid.startsWith(`${OWN}.`)) return OWN_REFUSAL;
        const plugin = /^plugin::[^.]+/.exec(uid)?.[0];
        if (plugin && known.has(plugin)) return `is a content type of a plugin: grant the plugin (${plugin}) actions`;
        return uid in strapi.contentTypes ? 'has no content-API routes' : null;
      };
      return { subjects: known, locales: await localeCodes(), refusal };
    },
  };
};

export default createPermissionCatalogService;
