import type { Core } from '@strapi/strapi';

import type { AuthenticatedToken } from '../services/authenticator';
import { PLUGIN_ID } from '../utils';

/**
 * What a token may do with one content type: the shape the permissions module (server/src/permissions/, issue 23)
 * exposes. null fields: every non-private attribute; null locales: every locale.
 */
export interface Grant {
  uid: string;
  actions: ReadonlySet<string>;
  readableFields: ReadonlySet<string> | null;
  writableFields: ReadonlySet<string> | null;
  locales: readonly string[] | null;
}

const ACTIONS_OF_LEVEL: Partial<Record<string, ReadonlySet<string>>> = {
  'read-only': new Set(['find', 'findOne']),
  'read-write': new Set(['find', 'findOne', 'create', 'update', 'delete']),
};

/** The plugin's own tables are never part of any content API. */
const OWN_TYPES = `plugin::${PLUGIN_ID}.`;

/**
 * The content types a token reaches, and what it may do with each: the one function every MCP module asks.
 *
 * Stand-in until the permissions module lands: derived from `accessLevel` and `scopes` alone, as the REST rules
 * read them (read-only: find and findOne; read-write: all five; no scopes: every `api::` type; a scope names a
 * content type). Replaced by the permissions module's `grantsOf`, which adds custom tokens, fields and locales;
 * nothing else in mcp/ changes.
 */
export const grantsOf = (strapi: Core.Strapi, token: AuthenticatedToken): ReadonlyMap<string, Grant> => {
  const actions = ACTIONS_OF_LEVEL[token.accessLevel];
  if (!actions) return new Map();
  const scopes = token.scopes ?? [];
  const reached = Object.keys(strapi.contentTypes).filter(
    (uid) => !uid.startsWith(OWN_TYPES) && (scopes.length === 0 ? uid.startsWith('api::') : scopes.includes(uid))
  );
  return new Map(
    reached.map((uid) => [uid, { uid, actions, readableFields: null, writableFields: null, locales: null }])
  );
};
