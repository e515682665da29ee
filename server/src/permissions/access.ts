import { findActionOf } from '../lib/find-routes';

import type { Catalog, Grants } from './types';
import { subjectOf } from './grants';

/**
 * May these grants do `action` on `uid`? A plugin's content type is also reached through the plugin's own find
 * route: populating media asks for `plugin::upload.file` `find`, which `plugin::upload` grants as `content-api.find`.
 */
export const can = (grants: Grants, catalog: Catalog, uid: string, action: string): boolean => {
  if (grants.get(uid)?.actions.has(action)) return true;
  if (action !== 'find') return false;
  const alias = findActionOf(uid);
  if (alias === `${uid}.find`) return false;
  const target = subjectOf(alias, catalog);
  return grants.get(target.uid)?.actions.has(target.action) ?? false;
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
