import { findActionOf } from '../lib/find-routes';

import type { Catalog, Grants } from './types';
import { subjectOf } from './grants';

/**
 * May these grants do `action` on `uid`? A plugin's content types are granted through the plugin, by its route
 * actions: `plugin::users-permissions.user` `find` is the plugin's `user.find`; `plugin::upload.file` `find`
 * (populating media) is `content-api.find`, the upload plugin serving files from a controller not named after them.
 */
export const can = (grants: Grants, catalog: Catalog, uid: string, action: string): boolean => {
  if (grants.get(uid)?.actions.has(action)) return true;
  const plugin = /^plugin::[^.]+/.exec(uid)?.[0];
  const pluginGrant = plugin && plugin !== uid ? grants.get(plugin) : undefined;
  if (!pluginGrant) return false;
  if (pluginGrant.actions.has(`${uid.slice(plugin!.length + 1)}.${action}`)) return true;
  const alias = action === 'find' ? findActionOf(uid) : `${uid}.${action}`;
  return alias !== `${uid}.${action}` && pluginGrant.actions.has(subjectOf(alias, catalog).action);
};

/** May these grants read attribute `field` of `uid`? Types without a grant or a field rule hide nothing here. */
export const isReadable = (grants: Grants, uid: string, field: string): boolean =>
  grants.get(uid)?.readableFields?.has(field) ?? true;

/** The attributes of `data` a write may not touch, in the order given. */
export const unwritableFields = (
  grants: Grants,
  uid: string,
  attributes: Record<string, unknown>,
  data: Record<string, unknown>
): string[] => {
  const writable = grants.get(uid)?.writableFields;
  if (!writable) return [];
  return Object.keys(data).filter((key) => key in attributes && !writable.has(key));
};
