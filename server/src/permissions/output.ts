import { isObjectLike } from '../lib/records';

import type { Grants } from './types';

interface Attribute {
  type: string;
  relation?: string;
  target?: string;
  component?: string;
}

export interface Model {
  uid: string;
  attributes: Record<string, Attribute>;
}

export type GetModel = (uid: string) => Model | undefined;

type Entry = Record<string, unknown>;

/**
 * One entry as the grants let it show: attributes outside the type's readable fields go, and so do related entries
 * of a localized type in a locale the grants leave out (including `localizations`); an entry whose `locale` was not
 * selected cannot be shown to be allowed, so it goes too. Components and dynamic zones are covered by their
 * attribute's rule, and carry their own relations, which are judged by their targets' rules.
 * It runs on every entry of a custom token's responses: an entry that loses a field is copied without it rather than
 * `delete`d from, which would turn it into a slow dictionary object for the serializer; nested values are
 * reassigned in place.
 */
export const narrowEntry = (
  grants: Grants,
  getModel: GetModel,
  isLocalized: (uid: string) => boolean,
  model: Model,
  entry: Entry
): Entry => {
  const readable = grants.get(model.uid)?.readableFields;
  const isHidden = (key: string) =>
    readable !== null && readable !== undefined && !readable.has(key) && key in model.attributes;
  const keys = Object.keys(entry);
  const narrowed = keys.some(isHidden) ? ({} as Entry) : entry;
  for (const key of keys) {
    if (isHidden(key)) continue;
    const value = entry[key];
    const attribute = model.attributes[key];
    narrowed[key] = attribute && isObjectLike(value) ? narrowValue(attribute, value) : value;
  }
  return narrowed;

  function narrowValue(attribute: Attribute, value: Entry | Entry[]) {
    const target = targetOf(attribute);
    if (target !== undefined) return narrowRelated(grants, getModel, isLocalized, target, value);
    if (attribute.type === 'dynamiczone') return narrowEach(value, (item) => getModel(String(item.__component)));
    if (attribute.type === 'component') return narrowEach(value, () => getModel(attribute.component!));
    return value;
  }

  function narrowEach(value: Entry | Entry[], modelOf: (item: Entry) => Model | undefined) {
    const narrowItem = (item: unknown) => {
      const itemModel = isObjectLike(item) ? modelOf(item) : undefined;
      return itemModel ? narrowEntry(grants, getModel, isLocalized, itemModel, item as Entry) : item;
    };
    return Array.isArray(value) ? value.map(narrowItem) : narrowItem(value);
  }
};

/** A relation's or a media's target; null for a morph relation (each entry names its `__type`). */
const targetOf = (attribute: Attribute): string | null | undefined => {
  if (attribute.type === 'media') return 'plugin::upload.file';
  if (attribute.type !== 'relation') return undefined;
  return attribute.target ?? null;
};

const narrowRelated = (
  grants: Grants,
  getModel: GetModel,
  isLocalized: (uid: string) => boolean,
  target: string | null,
  value: Entry | Entry[]
): Entry | Entry[] | null => {
  /** The related entry as the token may see it, or null when its locale is not allowed. */
  const narrowed = (item: Entry): Entry | null => {
    const uid = target ?? (typeof item.__type === 'string' ? item.__type : undefined);
    const model = uid ? getModel(uid) : undefined;
    if (!model) return item;
    const locales = grants.get(model.uid)?.locales;
    if (locales && isLocalized(model.uid) && !locales.includes(item.locale as string)) return null;
    return narrowEntry(grants, getModel, isLocalized, model, item);
  };
  if (Array.isArray(value)) {
    const kept: unknown[] = [];
    for (const item of value) {
      const shown = isObjectLike(item) ? narrowed(item) : item;
      if (shown !== null) kept.push(shown);
    }
    return kept as Entry[];
  }
  // A count (`{ count: 3 }`) of a to-many relation is not an entry.
  if (!('id' in value) && !('documentId' in value)) return value;
  return narrowed(value);
};
