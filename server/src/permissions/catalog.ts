import type { Core } from '@strapi/strapi';

import { READ_METHODS } from '../lib/access-rules';
import { PLUGIN_ID } from '../utils';

import type { Catalog, PluginAction } from './types';

interface RouteLike {
  method?: string;
  handler?: unknown;
  info?: { type?: string };
}

type PluginRoutes = RouteLike[] | Record<string, { type?: string; routes?: RouteLike[] }>;

/** A plugin's content-API routes: an array of routes, or routers by type as `routes/index.ts` declares them. */
const contentApiRoutesOf = (routes: PluginRoutes | undefined): RouteLike[] => {
  if (!routes) return [];
  if (Array.isArray(routes)) return routes.filter((route) => route.info?.type === 'content-api');
  return Object.values(routes).flatMap((router) => (router?.type === 'content-api' ? (router.routes ?? []) : []));
};

/**
 * The app as the permissions see it, read once Strapi has registered everything: every content type but the
 * plugin's own and the admin's, whether i18n localizes it, and each plugin's content-API actions (its route
 * handlers, `content-api.find`), with whether they read (GET or HEAD).
 */
export const buildCatalog = (strapi: Core.Strapi): Catalog => {
  const i18n = strapi.plugin('i18n')?.service('content-types') as
    | { isLocalizedContentType(model: unknown): boolean }
    | undefined;
  const contentTypes = new Map<string, { localized: boolean }>();
  for (const [uid, model] of Object.entries(strapi.contentTypes)) {
    if (uid.startsWith('admin::') || uid.startsWith(`plugin::${PLUGIN_ID}.`)) continue;
    contentTypes.set(uid, { localized: i18n?.isLocalizedContentType(model) ?? false });
  }
  const pluginActions = new Map<string, PluginAction[]>();
  for (const [name, plugin] of Object.entries(strapi.plugins)) {
    if (name === PLUGIN_ID) continue;
    const actions = contentApiRoutesOf((plugin as { routes?: PluginRoutes }).routes).flatMap((route) =>
      typeof route.handler === 'string'
        ? [{ action: route.handler, reads: READ_METHODS.includes(String(route.method).toUpperCase()) }]
        : []
    );
    if (actions.length > 0) pluginActions.set(`plugin::${name}`, actions);
  }
  return { contentTypes, pluginActions };
};
