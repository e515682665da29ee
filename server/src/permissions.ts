import type { Core } from '@strapi/strapi';

import { PLUGIN_ID } from './utils';

/** Admin RBAC actions; every admin route names the one it needs. */
export const ACTIONS = {
  read: `plugin::${PLUGIN_ID}.read`,
  create: `plugin::${PLUGIN_ID}.create`,
  update: `plugin::${PLUGIN_ID}.update`,
  revoke: `plugin::${PLUGIN_ID}.revoke`,
  delete: `plugin::${PLUGIN_ID}.delete`,
} as const;

const DISPLAY_NAMES: Record<keyof typeof ACTIONS, string> = {
  read: 'Read tokens, hooks and the audit log',
  create: 'Create tokens; with revoke, regenerate them; with edit, rotate hook secrets',
  update: 'Edit, archive and restore tokens; retry and replay deliveries',
  revoke: 'Revoke tokens; with create, regenerate them',
  delete: 'Delete tokens and remove hooks',
};

export const registerPermissionActions = async (strapi: Core.Strapi) => {
  const actions = (Object.keys(ACTIONS) as (keyof typeof ACTIONS)[]).map((key) => ({
    section: 'settings',
    category: 'access tokens',
    displayName: DISPLAY_NAMES[key],
    uid: key,
    pluginName: PLUGIN_ID,
  }));

  await strapi.service('admin::permission').actionProvider.registerMany(actions);
};
