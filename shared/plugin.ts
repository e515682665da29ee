/** The plugin's id: its admin routes live under `/access-tokens`, its RBAC actions under `plugin::access-tokens.`. */
export const PLUGIN_ID = 'access-tokens';

/** The admin RBAC actions: the server registers them and names one on every admin route; the Settings page checks them. */
export const ACTIONS = {
  read: `plugin::${PLUGIN_ID}.read`,
  create: `plugin::${PLUGIN_ID}.create`,
  update: `plugin::${PLUGIN_ID}.update`,
  revoke: `plugin::${PLUGIN_ID}.revoke`,
  delete: `plugin::${PLUGIN_ID}.delete`,
} as const;

export type ActionKey = keyof typeof ACTIONS;
