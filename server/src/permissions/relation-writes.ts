import { isRecord } from '../lib/records';

import type { LocaleVerdict } from './locales';
import type { Model } from './output';
import type { LocalesOf } from './relation-locales';

type Entry = Record<string, unknown>;

const toArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);

/** A relation's value in a write, as Strapi reads it: the entries it names, and whether it replaces the others. */
const relationChange = (value: unknown): { named: unknown[]; replaces: boolean } => {
  const operations = isRecord(value) && ('connect' in value || 'disconnect' in value);
  if (operations || (isRecord(value) && 'set' in value)) {
    const { connect, disconnect, set } = value as Entry;
    return { named: [...toArray(connect), ...toArray(disconnect), ...toArray(set)], replaces: set !== undefined };
  }
  // A documentId, a list of them, an entry, or null: the relation's new value, in place of whatever it held.
  return { named: value === null ? [] : toArray(value), replaces: true };
};

/** The locale a related entry is written in: its own `locale`, else the call's; an entry named by row id has none. */
const localeOf = (item: unknown, callLocale: unknown): unknown => {
  if (typeof item === 'string') return callLocale;
  if (!isRecord(item) || typeof item.documentId !== 'string') return undefined;
  return item.locale ?? callLocale;
};

/**
 * A write's relations from a type that is not localized to one under a locale rule: connecting or disconnecting an
 * entry writes that entry's side too, so it must be in an allowed locale (Strapi takes an entry's `locale`, else
 * the call's, and a row id names a row in any locale). An update may not replace such a relation (`set`, a bare
 * value): that would disconnect the entries in locales the token may not see. A localized type's relations to
 * another keep to the entry's own locale, which the call's locale rule has judged.
 */
export const judgeRelationWrites = (
  localesOf: LocalesOf,
  isLocalized: (uid: string) => boolean,
  model: Model,
  { action, data, locale }: { action: string; data: unknown; locale: unknown }
): LocaleVerdict => {
  if (!isRecord(data) || isLocalized(model.uid)) return { allowed: true };
  for (const [key, value] of Object.entries(data)) {
    const attribute = model.attributes[key];
    const locales = attribute?.type === 'relation' && attribute.target ? localesOf(attribute.target) : null;
    if (!locales) continue;
    const { named, replaces } = relationChange(value);
    const allowed = locales.join(', ');
    if (replaces && action !== 'create') {
      const message =
        `This access token may not replace ${key}, which may hold entries in locales it may not use; ` +
        `connect and disconnect entries in ${allowed} instead`;
      return { allowed: false, message, allowedLocales: locales };
    }
    const outside = named.find((item) => !locales.includes(localeOf(item, locale) as string));
    if (outside !== undefined) {
      const asked = localeOf(outside, locale);
      const which = asked === undefined ? 'named without a locale' : `in the locale ${String(asked)}`;
      const message = `This access token may not relate ${key} to an entry ${which}; it may use ${allowed}`;
      return { allowed: false, message, allowedLocales: locales };
    }
  }
  return { allowed: true };
};

/**
 * An update of a localized type under a locale rule may not write an attribute every locale shares (i18n's
 * non-localized ones): Strapi copies it to the entry's other locales, which the token may not write.
 */
export const judgeSharedAttributes = (
  locales: readonly string[] | null,
  sharedAttributes: readonly string[],
  { action, data }: { action: string; data: unknown }
): LocaleVerdict => {
  if (!locales || action !== 'update' || !isRecord(data)) return { allowed: true };
  const shared = Object.keys(data).filter((key) => sharedAttributes.includes(key));
  if (shared.length === 0) return { allowed: true };
  const message =
    `This access token may not write ${shared.join(', ')}, which every locale shares; ` +
    `it may use ${locales.join(', ')}`;
  return { allowed: false, message, allowedLocales: locales };
};
