import type { Grant } from './types';

/** The document service's actions that read; the others write. */
const READS: ReadonlySet<string> = new Set(['findOne', 'findFirst', 'findMany', 'count']);

export type LocaleVerdict =
  | { allowed: true; only?: readonly string[] }
  | { allowed: false; message: string; allowedLocales: readonly string[] };

const refused = (locales: readonly string[], asked: string): LocaleVerdict => ({
  allowed: false,
  message: `This access token may not use the locale ${asked}; it may use ${locales.join(', ')}`,
  allowedLocales: locales,
});

/**
 * A document-service call on a localized type, judged by the grant's locales. Without `locale` the call means the
 * default locale; `*` reads only the allowed ones (`only`) and writes nothing (it would delete every locale).
 */
export const judgeLocale = (
  grant: Grant | undefined,
  { action, locale, defaultLocale }: { action: string; locale: unknown; defaultLocale: string | undefined }
): LocaleVerdict => {
  const locales = grant?.locales;
  if (!locales) return { allowed: true };
  if (locale === '*') {
    return READS.has(action) ? { allowed: true, only: locales } : refused(locales, 'all locales (*)');
  }
  const asked = locale === undefined || locale === null || locale === '' ? defaultLocale : String(locale);
  if (asked !== undefined && locales.includes(asked)) return { allowed: true };
  return refused(locales, asked ?? 'default');
};
