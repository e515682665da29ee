import type { Core } from '@strapi/strapi';

import type { ScopeOption } from '../../../shared/contracts/tokens';

interface ContentApiRoute {
  handler?: unknown;
}

const controllerUidOf = (handler: unknown): string | null =>
  typeof handler === 'string' && handler.includes('.') ? handler.slice(0, handler.lastIndexOf('.')) : null;

/**
 * What a token may be scoped to: every content type that has content-API routes, and every plugin that does.
 * Routes are fixed once Strapi has loaded, so the list is computed once.
 */
const createScopesService = ({ strapi }: { strapi: Core.Strapi }) => {
  let options: Promise<ScopeOption[]> | undefined;

  const collect = async (): Promise<ScopeOption[]> => {
    const routesMap = (await strapi.contentAPI.getRoutesMap()) as Record<string, ContentApiRoute[]>;
    const result: ScopeOption[] = [];

    for (const [source, routes] of Object.entries(routesMap)) {
      if (source.startsWith('plugin::')) {
        const pluginName = source.slice('plugin::'.length);
        const info = strapi.plugin(pluginName)?.packageInfo?.strapi ?? {};
        result.push({ uid: source, kind: 'plugin', displayName: info.displayName ?? pluginName });
        continue;
      }
      const contentTypeUids = new Set(routes.map((route) => controllerUidOf(route.handler)));
      for (const uid of contentTypeUids) {
        const contentType = uid ? strapi.contentTypes[uid as keyof typeof strapi.contentTypes] : undefined;
        if (uid && contentType) {
          result.push({ uid, kind: 'content-type', displayName: contentType.info.displayName });
        }
      }
    }
    return result.sort((a, b) => a.uid.localeCompare(b.uid));
  };

  return {
    list: () => (options ??= collect()),
    async knownUids() {
      return new Set((await this.list()).map((option) => option.uid));
    },
  };
};

export default createScopesService;
