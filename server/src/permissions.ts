import type { Core } from '@strapi/strapi';

import { ACTIONS, PLUGIN_ID, type ActionKey } from '../../shared/plugin';

export { ACTIONS };

const DISPLAY_NAMES: Record<ActionKey, string> = {
  read: 'Read tokens, hooks and the audit log',
  create: 'Create tokens; with revoke, regenerate them; with edit, rotate hook secrets',
  update: 'Edit, archive and restore tokens; retry and replay deliveries',
  revoke: 'Revoke tokens; with create, regenerate them',
  delete: 'Delete tokens and remove hooks',
};

export const registerPermissionActions = async (strapi: Core.Strapi) => {
  const actions = (Object.keys(ACTIONS) as ActionKey[]).map((key) => ({
    section: 'settings',
    category: 'access tokens',
    displayName: DISPLAY_NAMES[key],
    uid: key,
    pluginName: PLUGIN_ID,
  }));

  await strapi.service('admin::permission').actionProvider.registerMany(actions);
};
