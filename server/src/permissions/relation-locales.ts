import { errors } from '@strapi/utils';

import { isRecord } from '../lib/records';

import type { GetModel, Model } from './output';

type Query = Record<string, unknown>;

/** The locales a token may see of a type: null when no locale rule narrows it (or it is not localized). */
export type LocalesOf = (uid: string) => readonly string[] | null;

/** A filter on the related entries as the database reads it: a bare id, or an operator on the id, under `id`. */
const asWhere = (value: unknown): Query => {
  if (!isRecord(value)) return { id: value };
  const keys = Object.keys(value);
  const onId = keys.length === 1 && keys[0].startsWith('$') && !['$and', '$or', '$not'].includes(keys[0]);
  return onId ? { id: value } : value;
};

/** Strapi's own answer to a filter it cannot take (`Invalid key`, 400), as for a field the token may not read. */
const refused = (key: string, path: string) =>
  new errors.ValidationError(`Invalid key ${key} at ${path}`, { key, path, source: 'query', param: 'filters' });

/**
 * Keeps a query's relations to a localized type under a locale rule to the allowed locales, so that no filter, nor a
 * populate's filter or count, answers for an entry in another locale (an oracle: `filters[localizations][title]`,
 * `filters[pages][summary][$contains]`, `populate[pages][count]`). Each filter through such a relation gains
 * `locale $in allowed` beside it; a negated one (`$not` around it, `$null` / `$notNull` on it) is a 400, as it
 * would be answered by the other locales' rows. Components and dynamic zones carry their own relations, judged
 * the same way.
 */
export const narrowRelationLocales = (getModel: GetModel, localesOf: LocalesOf, model: Model, query: Query): Query => {
  /** An attribute of `schema`, and the model of the relation's target or the component it holds, if any. */
  const relatedOf = (schema: Model, key: string) => {
    const attribute = schema.attributes[key];
    const target = attribute?.type === 'relation' ? attribute.target : attribute?.component;
    return { attribute, targetModel: target ? getModel(target) : undefined };
  };

  const narrowFilters = (value: unknown, schema: Model, negated: boolean, path: string): unknown => {
    if (Array.isArray(value)) return value.map((item) => narrowFilters(item, schema, negated, path));
    if (!isRecord(value)) return value;
    const narrowed: Query = {};
    for (const [key, item] of Object.entries(value)) {
      const { attribute, targetModel } = relatedOf(schema, key);
      if (key === '$and' || key === '$or') narrowed[key] = narrowFilters(item, schema, negated, path);
      else if (key === '$not') narrowed[key] = narrowFilters(item, schema, true, path);
      else if (!targetModel) narrowed[key] = item;
      else {
        const at = path ? `${path}.${key}` : key;
        const where = narrowFilters(asWhere(item), targetModel, negated, at);
        const locales = attribute.type === 'relation' ? localesOf(targetModel.uid) : null;
        if (locales && (negated || (isRecord(item) && ('$null' in item || '$notNull' in item)))) {
          throw refused(key, at);
        }
        narrowed[key] = locales ? { $and: [where, { locale: { $in: locales } }] } : where;
      }
    }
    return narrowed;
  };

  const narrowPopulate = (value: unknown, schema: Model): unknown => {
    if (!isRecord(value)) return value;
    const narrowed: Query = {};
    for (const [key, item] of Object.entries(value)) {
      const { attribute, targetModel } = relatedOf(schema, key);
      if (attribute?.type === 'dynamiczone' && isRecord(item) && isRecord(item.on)) {
        const on = Object.entries(item.on).map(([uid, sub]) => [uid, narrowEach(sub, getModel(uid))]);
        narrowed[key] = { ...item, on: Object.fromEntries(on) };
      } else narrowed[key] = targetModel ? narrowEach(item, targetModel, attribute.type === 'relation') : item;
    }
    return narrowed;
  };

  /** One populated attribute's own query (`true`, or `{ filters, populate, count, ... }`). */
  const narrowEach = (item: unknown, schema: Model | undefined, relation = false) => {
    // Not populated at all (`populate[pages]=false`): nothing to narrow, and nothing to turn into a populate.
    if (!schema || item === false || item === 'false') return item;
    const locales = relation ? localesOf(schema.uid) : null;
    if (!isRecord(item) && !locales) return item;
    const own = isRecord(item) ? item : {};
    const filters = own.filters === undefined ? undefined : narrowFilters(own.filters, schema, false, '');
    const only = locales ? { locale: { $in: locales } } : undefined;
    return {
      ...own,
      ...(filters || only ? { filters: filters && only ? { $and: [filters, only] } : (filters ?? only) } : {}),
      ...(own.populate === undefined ? {} : { populate: narrowPopulate(own.populate, schema) }),
    };
  };

  return {
    ...query,
    ...(query.filters === undefined ? {} : { filters: narrowFilters(query.filters, model, false, '') }),
    ...(query.populate === undefined ? {} : { populate: narrowPopulate(query.populate, model) }),
  };
};
