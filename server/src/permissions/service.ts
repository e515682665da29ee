import type { Core } from '@strapi/strapi';

import { READ_ACTIONS } from '../../../shared/contracts/permissions';
import { scopeCovers } from '../lib/access-rules';
import { STRATEGY_NAME } from '../lib/route-scopes';

import { can, isReadable, unwritableFields } from './access';
import { buildCatalog } from './catalog';
import { createGrantsCache, subjectOf } from './grants';
import { judgeLocale, type LocaleVerdict } from './locales';
import { narrowEntry, type GetModel, type Model } from './output';
import { assertReadableQuery } from './query';
import { narrowRelationLocales } from './relation-locales';
import { judgeRelationWrites, judgeSharedAttributes } from './relation-writes';

import type { Catalog, Grants, PermissionHolder } from './types';

export type { Grant, Grants, PermissionHolder } from './types';

/** Does `action` of subject `uid` read? A plugin's route actions read when their route is a GET (`user.me`). */
const isReadAction = (catalog: Catalog, uid: string, action: string) => {
  const pluginAction = catalog.pluginActions.get(uid)?.find((declared) => declared.action === action);
  return pluginAction ? pluginAction.reads : READ_ACTIONS.includes(action);
};

/** The auth Strapi hands to sanitizers, validators and resolvers (`ctx.state.auth`). */
export interface AuthLike {
  strategy?: { name?: string };
  credentials?: unknown;
}

/**
 * What a token may do, decided in one place for every surface: the strategy's `verify` (REST routes, GraphQL
 * resolvers, relations), the require-token policy, the content API's sanitizers and validators (fields), the
 * document service (locales), hook payloads and MCP tools. Custom tokens hold what their permissions list;
 * read-only and read-write tokens hold what their level and scopes cover, in the same terms (`grantsOf`).
 */
const createPermissions = ({ strapi }: { strapi: Core.Strapi }) => {
  let catalog: Catalog | undefined;
  // Read at first use, once Strapi has registered every content type and route.
  const catalogOf = () => (catalog ??= buildCatalog(strapi));
  const grantsOf = createGrantsCache(catalogOf);
  const getModel = ((uid: string) => strapi.getModel(uid as never)) as GetModel;
  const isLocalized = (uid: string) => catalogOf().contentTypes.get(uid)?.localized ?? false;
  const narrowing = new WeakMap<Grants, boolean>();
  /** Does any grant hold a locale rule? Only then are relations in queries narrowed. */
  const localeRules = new WeakMap<Grants, boolean>();
  /** The locales these grants may see of a localized type; null when no locale rule narrows it. */
  const localesOf = (grants: Grants) => (uid: string) => (isLocalized(uid) ? (grants.get(uid)?.locales ?? null) : null);
  const defaultLocale = async () =>
    (await strapi.plugin('i18n')?.service('locales').getDefaultLocale()) as string | undefined;

  return {
    grantsOf,

    /** May the token do `action` (`find`, `create`, `content-api.upload`, …) on `uid` (a content type or plugin)? */
    can: (token: PermissionHolder, uid: string, action: string) => can(grantsOf(token), catalogOf(), uid, action),

    /** `can` for an auth scope as Strapi names it: `api::article.article.find`, `plugin::upload.content-api.find`. */
    canScope(token: PermissionHolder, scope: string) {
      const { uid, action } = subjectOf(scope, catalogOf());
      return can(grantsOf(token), catalogOf(), uid, action);
    },

    /**
     * The require-token policy's question: do the token's grants cover one of `scopes` (content-type UIDs, or plugin
     * names covering their types) with an action of the kind the route needs: one that reads for a `read-only`
     * route (a token that may only create articles reads none), one that writes for a `read-write` one?
     */
    coversScopes(token: PermissionHolder, scopes: readonly string[], needs: 'read' | 'write' | undefined) {
      for (const grant of grantsOf(token).values()) {
        const covered = scopes.some((scope) => scopeCovers(scope, grant.uid) || scopeCovers(grant.uid, scope));
        const fits = (action: string) =>
          needs === undefined || isReadAction(catalogOf(), grant.uid, action) === (needs === 'read');
        if (covered && [...grant.actions].some(fits)) return true;
      }
      return false;
    },

    canRead: (token: PermissionHolder, uid: string, field: string) => isReadable(grantsOf(token), uid, field),

    /** Does any rule narrow what this token reads (fields or locales)? If not, outputs need no narrowing. */
    narrowsReads(token: PermissionHolder) {
      const grants = grantsOf(token);
      let narrows = narrowing.get(grants);
      if (narrows === undefined) {
        narrows = [...grants.values()].some((grant) => grant.readableFields !== null || grant.locales !== null);
        narrowing.set(grants, narrows);
      }
      return narrows;
    },

    /** A custom token of ours behind this auth, or undefined: the others' rules are the strategy's level and scopes. */
    customTokenOf(auth: AuthLike | undefined): PermissionHolder | undefined {
      if (auth?.strategy?.name !== STRATEGY_NAME) return undefined;
      const token = auth.credentials as PermissionHolder | undefined;
      return token?.accessLevel === 'custom' ? token : undefined;
    },

    /** An entry of `uid` as the token may see it (in place): readable fields, related entries in allowed locales. */
    narrowOutput: (token: PermissionHolder, model: Model, entry: Record<string, unknown>) =>
      narrowEntry(grantsOf(token), getModel, isLocalized, model, entry),

    /** Throws Strapi's 400 for a query that filters, sorts, selects or populates by a field the token may not read. */
    assertReadableQuery(token: PermissionHolder, model: Model, query: Record<string, unknown>) {
      const grants = grantsOf(token);
      return assertReadableQuery(grants, getModel, model, query, localesOf(grants));
    },

    /** A sanitized query whose relations to localized types keep to the allowed locales (filters, populate). */
    narrowRelationLocales(token: PermissionHolder, model: Model, query: Record<string, unknown>) {
      const grants = grantsOf(token);
      let rules = localeRules.get(grants);
      if (rules === undefined) localeRules.set(grants, (rules = [...grants.values()].some((grant) => grant.locales)));
      return rules ? narrowRelationLocales(getModel, localesOf(grants), model, query) : query;
    },

    /** The attributes of a write's `data` the token may not write. */
    unwritableFields: (token: PermissionHolder, model: Model, data: Record<string, unknown>) =>
      unwritableFields(grantsOf(token), model.uid, model.attributes, data),

    /** The locales the token may see of `uid`, or null when no locale rule narrows it. */
    allowedLocales: (token: PermissionHolder, uid: string) => localesOf(grantsOf(token))(uid),

    /** A document-service call's locale (`undefined`: the default one), judged for a localized type. */
    async judgeLocale(token: PermissionHolder, uid: string, action: string, locale: unknown): Promise<LocaleVerdict> {
      const grant = grantsOf(token).get(uid);
      if (!grant?.locales || !isLocalized(uid)) return { allowed: true };
      const fallback = locale === undefined || locale === null || locale === '' ? await defaultLocale() : undefined;
      return judgeLocale(grant, { action, locale, defaultLocale: fallback });
    },

    /**
     * May the token update the entry of `uid` with row id `id` (an upload linking a file to it)? It needs `update`
     * on the type and, for a localized type under a locale rule, the entry's locale.
     */
    async mayUpdateEntry(token: PermissionHolder, uid: string, id: unknown, field: unknown): Promise<boolean> {
      if (!can(grantsOf(token), catalogOf(), uid, 'update')) return false;
      // The upload writes the file into `field` of the entry: a field the token may write, as a body's would be.
      const writable = grantsOf(token).get(uid)?.writableFields;
      if (writable && (typeof field !== 'string' || !writable.has(field))) return false;
      const locales = localesOf(grantsOf(token))(uid);
      if (!locales) return true;
      // A row id as the upload form sends it, never an operator object (`refId[$ne]=0`).
      if (typeof id !== 'string' && typeof id !== 'number') return false;
      const entry = await strapi.db.query(uid as never).findOne({ where: { id: String(id) }, select: ['locale'] });
      return typeof entry?.locale === 'string' && locales.includes(entry.locale);
    },

    /**
     * A create's or update's reach into locales beyond its own: the entries its relations name, and the attributes
     * every locale of the entry shares.
     */
    judgeWriteLocales(
      token: PermissionHolder,
      uid: string,
      params: { action: string; data: unknown; locale: unknown }
    ) {
      const model = getModel(uid);
      if (!model || params.data === undefined) return { allowed: true } as LocaleVerdict;
      const locales = localesOf(grantsOf(token));
      const relations = judgeRelationWrites(locales, isLocalized, model, params);
      if (!relations.allowed || !locales(uid)) return relations;
      const i18n = strapi.plugin('i18n')?.service('content-types') as
        | { getNonLocalizedAttributes(model: unknown): string[] }
        | undefined;
      return judgeSharedAttributes(locales(uid), i18n?.getNonLocalizedAttributes(model) ?? [], params);
    },

    /** The localized types among the app's content types (MCP's locale enums). */
    isLocalized,
  };
};

export default createPermissions;
export type PermissionsService = ReturnType<typeof createPermissions>;
