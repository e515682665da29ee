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

const isEntry = (value: unknown): value is Entry => typeof value === 'object' && value !== null;

/**
 * Narrows one entry, in place, to what the grants let it show: attributes outside the type's readable fields go,
 * and so do related entries of a localized type in a locale the grants leave out (including `localizations`); an
 * entry whose `locale` was not selected cannot be shown to be allowed, so it goes too. Components and dynamic zones
 * are covered by their attribute's rule, and carry their own relations, which are judged by their targets' rules.
 * Synchronous and allocation-light: it runs on every entry of a custom token's responses.
 */
export const narrowEntry = (
  grants: Grants,
  getModel: GetModel,
  isLocalized: (uid: string) => boolean,
  model: Model,
  entry: Entry
): Entry => {
  const readable = grants.get(model.uid)?.readableFields;
  for (const key of Object.keys(entry)) {
    const attribute = model.attributes[key];
    if (!attribute) continue;
    if (readable && !readable.has(key)) {
      delete entry[key];
      continue;
    }
    const value = entry[key];
    if (!isEntry(value)) continue;
    const target = targetOf(attribute);
    if (target !== undefined) entry[key] = narrowRelated(grants, getModel, isLocalized, target, value);
    else if (attribute.type === 'dynamiczone') narrowEach(value, (item) => getModel(String(item.__component)));
    else if (attribute.type === 'component') narrowEach(value, () => getModel(attribute.component!));
  }
  return entry;

  function narrowEach(value: Entry | Entry[], modelOf: (item: Entry) => Model | undefined) {
    for (const item of Array.isArray(value) ? value : [value]) {
      const itemModel = isEntry(item) ? modelOf(item) : undefined;
      if (itemModel) narrowEntry(grants, getModel, isLocalized, itemModel, item);
    }
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
  const keep = (item: Entry) => {
    const uid = target ?? (typeof item.__type === 'string' ? item.__type : undefined);
    const model = uid ? getModel(uid) : undefined;
    if (!model) return true;
    const locales = grants.get(model.uid)?.locales;
    if (locales && isLocalized(model.uid) && !locales.includes(item.locale as string)) return false;
    narrowEntry(grants, getModel, isLocalized, model, item);
    return true;
  };
  if (Array.isArray(value)) return value.filter((item) => !isEntry(item) || keep(item));
  // A count (`{ count: 3 }`) of a to-many relation is not an entry.
  if (!('id' in value) && !('documentId' in value)) return value;
  return keep(value) ? value : null;
};
