import { PLUGIN_ID } from './pluginId';
import { PERMISSIONS } from './permissions';
import { getTranslation } from './utils/getTranslation';
import { prefixPluginTranslations } from './utils/prefixPluginTranslations';

import type { StrapiApp } from '@strapi/strapi/admin';

type BootstrapApp = Pick<StrapiApp, 'addSettingsLink'>;

export default {
  register(app: StrapiApp) {
    app.registerPlugin({ id: PLUGIN_ID, name: PLUGIN_ID });
  },

  bootstrap(app: BootstrapApp) {
    app.addSettingsLink(
      { id: PLUGIN_ID, intlLabel: { id: getTranslation('settings.section'), defaultMessage: 'Access Tokens' } },
      [
        {
          id: 'tokens',
          to: PLUGIN_ID,
          intlLabel: { id: getTranslation('settings.link.tokens'), defaultMessage: 'Tokens' },
          permissions: PERMISSIONS.read,
          Component: () => import('./routes').then((mod) => ({ default: mod.TokensApp })),
        },
        {
          /*
           * A sibling path, not `access-tokens/hooks`: the settings menu highlights a link on every path under its
           * own, so a nested path would highlight Tokens too.
           */
          id: 'hooks',
          to: `${PLUGIN_ID}-hooks`,
          intlLabel: { id: getTranslation('settings.link.hooks'), defaultMessage: 'Hooks & deliveries' },
          permissions: PERMISSIONS.read,
          Component: () => import('./routes').then((mod) => ({ default: mod.HooksApp })),
        },
        {
          // A sibling path too, for the same reason.
          id: 'audit',
          to: `${PLUGIN_ID}-audit`,
          intlLabel: { id: getTranslation('settings.link.audit'), defaultMessage: 'Audit log' },
          permissions: PERMISSIONS.read,
          Component: () => import('./routes').then((mod) => ({ default: mod.AuditApp })),
        },
      ]
    );
  },

  async registerTrads({ locales }: { locales: string[] }) {
    return Promise.all(
      locales.map(async (locale) => {
        try {
          const { default: data } = await import(`./translations/${locale}.json`);
          return { data: prefixPluginTranslations(data, PLUGIN_ID), locale };
        } catch {
          return { data: {}, locale };
        }
      })
    );
  },
};
