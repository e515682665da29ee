import type { Core } from '@strapi/strapi';

import type { AuthenticatedToken } from '../services/authenticator';
import { getPluginConfig } from '../utils';
import type { ModelShape } from './attribute-schemas';
import { grantsOf, type Grants } from './grants';
import { ACTION_OF, toolSpecsOf, type ToolSpec } from './tool-specs';

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
  const built = new WeakMap<Grants, { locales: readonly string[]; specs: ToolSpec[] }>();

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

  const modelsOf = (grants: Grants): ModelShape[] =>
    [...grants.keys()]
      .filter((uid) => uid.startsWith('api::'))
      .map((uid) => strapi.contentTypes[uid as never] as unknown as ModelShape | undefined)
      .filter((model): model is ModelShape => model?.kind === 'collectionType' || model?.kind === 'singleType');

  return {
    async specsFor(token: AuthenticatedToken): Promise<ToolSpec[]> {
      const grants = grantsOf(strapi, token);
      const models = modelsOf(grants);
      const codes = models.some((model) => model.pluginOptions?.i18n?.localized) ? await appLocales() : [];
      const cached = built.get(grants);
      if (cached && cached.locales.join() === codes.join()) return cached.specs;

      const { maxPageSize } = getPluginConfig(strapi).mcp;
      const actions = await routed();
      const specs = models.flatMap((model) =>
        toolSpecsOf(model, grants.get(model.uid)!, codes, maxPageSize).filter((spec) =>
          actions.has(`${spec.uid}.${ACTION_OF[spec.kind]}`)
        )
      );
      built.set(grants, { locales: codes, specs });
      return specs;
    },
  };
};

export type ToolCatalog = ReturnType<typeof createToolCatalog>;
