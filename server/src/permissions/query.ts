import { errors, traverse } from '@strapi/utils';

import type { Grants } from './types';
import type { GetModel, Model } from './output';

type Visitor = Parameters<typeof traverse.traverseQueryFilters>[0];
type Query = Record<string, unknown>;

/**
 * The answer to a query naming a field the token may not read: Strapi's own answer to a private or unknown field
 * (`Invalid key …`, 400), so that a refused field and a missing one look alike and neither leaks a value.
 */
const invalidKey = (key: string, path: string | undefined, param: string) => {
  const message = path && path !== key ? `Invalid key ${key} at ${path}` : `Invalid key ${key}`;
  return new errors.ValidationError(message, { key, path: path ?? key, source: 'query', param });
};

/**
 * Refuses (400) a query that filters, sorts, selects (`fields`) or populates by an attribute the token may not
 * read, at any depth: relations' filters, populate's own filters, sort and fields are judged by their targets'
 * rules. `_q` searches every text attribute, so a type with read rules refuses it too. `populate=*` stays allowed:
 * what it brings is narrowed on the way out.
 */
export const assertReadableQuery = async (grants: Grants, getModel: GetModel, model: Model, query: Query) => {
  const context = (schema: Model) => ({ schema, getModel }) as never;
  const refuseUnreadable =
    (param: string): Visitor =>
    ({ key, attribute, schema, path }) => {
      if (attribute && grants.get(schema.uid)?.readableFields?.has(key) === false) {
        throw invalidKey(key, path.attribute ?? undefined, param);
      }
    };

  const filters = (schema: Model, value: unknown) =>
    traverse.traverseQueryFilters(refuseUnreadable('filters'), context(schema), value as never);
  const sort = (schema: Model, value: unknown) =>
    traverse.traverseQuerySort(refuseUnreadable('sort'), context(schema), value as never);
  const fields = (schema: Model, value: unknown) =>
    traverse.traverseQueryFields(refuseUnreadable('fields'), context(schema), value as never);
  const populated: Visitor = async (visit) => {
    const { key, attribute, schema, parent, value } = visit;
    if (attribute && !parent?.attribute) return refuseUnreadable('populate')(visit, {} as never);
    if (key === 'filters') await filters(schema as Model, value);
    else if (key === 'sort') await sort(schema as Model, value);
    else if (key === 'fields') await fields(schema as Model, value);
  };

  if (query._q !== undefined && grants.get(model.uid)?.readableFields) throw invalidKey('_q', '_q', '_q');
  if (query.filters) await filters(model, query.filters);
  if (query.sort) await sort(model, query.sort);
  if (query.fields) await fields(model, query.fields);
  if (query.populate) await traverse.traverseQueryPopulate(populated, context(model), query.populate as never);
};
