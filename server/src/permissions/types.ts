import type { Permissions } from '../../../shared/contracts/permissions';

/** What one token may do with one content type (`api::article.article`) or one plugin (`plugin::upload`). */
export interface Grant {
  uid: string;
  /** Content types: find, findOne, create, update, delete; plugins: their route actions (`content-api.find`). */
  actions: ReadonlySet<string>;
  /** null: every non-private attribute. Otherwise the attributes granted, with `id` and `documentId`. */
  readableFields: ReadonlySet<string> | null;
  /** null: every writable attribute. */
  writableFields: ReadonlySet<string> | null;
  /** null: every locale (and always for a type that is not localized). */
  locales: readonly string[] | null;
}

/** A token's grants by subject UID. */
export type Grants = ReadonlyMap<string, Grant>;

/** What the permissions read of a token: its level, and its scopes or (custom) permissions. */
export interface PermissionHolder {
  accessLevel: string;
  scopes?: readonly string[] | null;
  permissions?: Permissions | null;
}

/** One content-API route action of a plugin, as its route declares it (`content-api.find`), and whether it reads. */
export interface PluginAction {
  action: string;
  reads: boolean;
}

/** What the permissions know of the app: its content types and the route actions of its plugins. */
export interface Catalog {
  /** Content types a token may be granted (the plugin's own excluded), and whether each is localized. */
  contentTypes: ReadonlyMap<string, { localized: boolean }>;
  /** By plugin subject (`plugin::upload`). */
  pluginActions: ReadonlyMap<string, readonly PluginAction[]>;
}
