import type { Core } from '@strapi/strapi';

import { getPluginConfig } from '../utils';
import type { ModelShape } from './attribute-schemas';
import type { Grants } from './grants';
import { ACTION_OF, toolSpecsOf, type ToolSpec } from './tool-specs';

/** What a grants object's tools are made of, and the tools themselves once built for a list of locale codes. */
interface Built {
  models: ModelShape[];
  localized: boolean;
  locales?: string;
  specs?: ToolSpec[];
}

/** How long the app's locale codes are kept: a locale added in the admin is offered within a second. */
const LOCALES_TTL_MS = 1_000;

/**
 * The content-type tools a token gets, computed once per grants (the permissions module builds one grants object per
 * token row, kept until the token changes) and locale list, not per request:
 * - the app's content types it is granted (a plugin's types, uploads' files, are served by the plugin's own tools);
 * - only the actions the app routes over the content API (`api::article.article.find`): a type or action without
 *   a REST route is out of the content API, and no tool reaches past it;
 * - each tool's schemas from the attributes and the grant's fields and locales (tool-specs.ts).
 */
export const createToolCatalog = (strapi: Core.Strapi) => {
  let routedActions: Promise<Set<string>> | undefined;
  let locales: { codes: Promise<string[]>; until: number } | undefined;
  const built = new WeakMap<Grants, Built>();

  /** Read once: routes are fixed once Strapi has loaded. */
  const routed = () =>
    (routedActions ??= strapi.contentAPI.getRoutesMap().then((routesMap) => {
      const routes = Object.values(routesMap as Record<string, { handler?: unknown }[]>).flat();
      return new Set(routes.flatMap(({ handler }) => (typeof handler === 'string' ? [handler] : [])));
    }));

  const appLocales = (): Promise<string[]> => {
    if (!locales || locales.until < Date.now()) {
      const service = strapi.plugin('i18n')?.service('locales');
      const codes = service
        ? (service.find() as Promise<{ code: string }[]>).then((found) => found.map(({ code }) => code))
        : Promise.resolve([]);
      locales = { codes, until: Date.now() + LOCALES_TTL_MS };
      codes.catch(() => (locales = undefined));
    }
    return locales.codes;
  };

  /** The app's content types a grants object reaches (a plugin's types, uploads' files, have tools of their own). */
  const modelsOf = (grants: Grants): ModelShape[] => {
    const { contentTypes } = strapi; // a getter that assembles the registry: read it once
    return [...grants.keys()]
      .filter((uid) => uid.startsWith('api::'))
      .map((uid) => contentTypes[uid as never] as unknown as ModelShape | undefined)
      .filter((model): model is ModelShape => model?.kind === 'collectionType' || model?.kind === 'singleType');
  };

  const entryOf = (grants: Grants): Built => {
    let entry = built.get(grants);
    if (!entry) {
      const models = modelsOf(grants);
      entry = { models, localized: models.some((model) => model.pluginOptions?.i18n?.localized) };
      built.set(grants, entry);
    }
    return entry;
  };

  return {
    async specsFor(grants: Grants): Promise<ToolSpec[]> {
      const entry = entryOf(grants);
      const codes = entry.localized ? await appLocales() : [];
      if (entry.specs && entry.locales === codes.join()) return entry.specs;

      const { maxPageSize } = getPluginConfig(strapi).mcp;
      const actions = await routed();
      entry.specs = entry.models.flatMap((model) =>
        toolSpecsOf(model, grants.get(model.uid)!, codes, maxPageSize).filter((spec) =>
          actions.has(`${spec.uid}.${ACTION_OF[spec.kind]}`)
        )
      );
      entry.locales = codes.join();
      return entry.specs;
    },
  };
};

export type ToolCatalog = ReturnType<typeof createToolCatalog>;
