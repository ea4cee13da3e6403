import { localeTable, type Locale } from './locales';

/**
 * Dates and lists formatted with the locale table's `intlLocale` (en → en-GB, vi → vi-VN) and
 * time zone. next-intl's formatter would use the URL segment ("en" formats as en-US).
 */
export function formatDateTime(locale: Locale, at: Date, options: Intl.DateTimeFormatOptions): string {
  const { intlLocale, timeZone } = localeTable[locale];
  return new Intl.DateTimeFormat(intlLocale, { timeZone, ...options }).format(at);
}

/** A calendar day stored as UTC midnight (event dates): never shifted by a time zone. */
export function formatDay(locale: Locale, day: Date): string {
  return formatDateTime(locale, day, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
}

export function formatList(locale: Locale, items: string[]): string {
  return new Intl.ListFormat(localeTable[locale].intlLocale, { type: 'conjunction' }).format(items);
}
