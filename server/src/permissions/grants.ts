import { CONTENT_TYPE_ACTIONS, READ_ACTIONS, type Permissions } from '../../../shared/contracts/permissions';
import { isScopeAllowed } from '../lib/access-rules';
import { routeScopesOf } from '../lib/route-scopes';

import type { Catalog, Grant, Grants, PermissionHolder } from './types';

/** Always readable, whatever the field rules: what names an entry. */
export const ALWAYS_READABLE = ['id', 'documentId'];

const NONE: Grants = new Map();

const customGrants = (permissions: Permissions): Grants =>
  new Map(
    Object.entries(permissions).map(([uid, granted]) => [
      uid,
      {
        uid,
        actions: new Set(granted.actions),
        readableFields: granted.fields?.read ? new Set([...ALWAYS_READABLE, ...granted.fields.read]) : null,
        writableFields: granted.fields?.write ? new Set(granted.fields.write) : null,
        locales: granted.locales ?? null,
      },
    ])
  );

const everything = (uid: string, actions: readonly string[]): Grant => ({
  uid,
  actions: new Set(actions),
  readableFields: null,
  writableFields: null,
  locales: null,
});

/**
 * read-only and read-write tokens, in the same terms: every content type and plugin their scopes cover (no scopes:
 * the app's types and uploads, lib/access-rules.ts), with every field and locale; read-only tokens hold the
 * actions that read.
 */
const levelGrants = ({ accessLevel, scopes }: PermissionHolder, catalog: Catalog): Grants => {
  if (accessLevel !== 'read-only' && accessLevel !== 'read-write') return NONE;
  const reads = accessLevel === 'read-only';
  const grants = new Map<string, Grant>();
  const covered = (action: string) => isScopeAllowed(scopes ?? [], routeScopesOf(action));
  for (const uid of catalog.contentTypes.keys()) {
    if (covered(`${uid}.find`)) grants.set(uid, everything(uid, reads ? READ_ACTIONS : CONTENT_TYPE_ACTIONS));
  }
  for (const [plugin, actions] of catalog.pluginActions) {
    const held = actions.filter(({ action, reads: read }) => (read || !reads) && covered(`${plugin}.${action}`));
    if (held.length > 0)
      grants.set(
        plugin,
        everything(
          plugin,
          held.map(({ action }) => action)
        )
      );
  }
  return grants;
};

/**
 * A token's grants, built once per token object: the authenticator hands out the same cached row for every request
 * of a token until it changes, so this allocates nothing on the hot path.
 */
export const createGrantsCache = (catalog: () => Catalog) => {
  const built = new WeakMap<PermissionHolder, Grants>();
  return (token: PermissionHolder): Grants => {
    let grants = built.get(token);
    if (!grants) {
      grants = token.accessLevel === 'custom' ? customGrants(token.permissions ?? {}) : levelGrants(token, catalog());
      built.set(token, grants);
    }
    return grants;
  };
};

/** The subject and action an auth scope names: `api::article.article.find`, `plugin::upload.content-api.find`. */
export const subjectOf = (scope: string, catalog: Catalog): { uid: string; action: string } => {
  const dot = scope.lastIndexOf('.');
  const prefix = scope.slice(0, dot);
  if (catalog.contentTypes.has(prefix) || !prefix.startsWith('plugin::')) {
    return { uid: prefix, action: scope.slice(dot + 1) };
  }
  const plugin = `plugin::${prefix.slice('plugin::'.length).split('.')[0]}`;
  return { uid: plugin, action: scope.slice(plugin.length + 1) };
};
