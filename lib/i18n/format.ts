import { localeTable, type Locale } from '../model/locales';

/**
 * Dates and lists formatted with the locale table's `intlLocale` (en → en-GB, vi → vi-VN) and
 * time zone. next-intl's formatter would use the URL segment ("en" formats as en-US).
 */
export function formatDateTime(locale: Locale, at: Date, options: Intl.DateTimeFormatOptions): string {
  const { intlLocale, timeZone } = localeTable[locale];
  return new Intl.DateTimeFormat(intlLocale, { timeZone, ...options }).format(at);
}

/** The day a correction was printed, as each language's papers date it: 2025年1月18日, 18 January 2025, 18/1/2025. */
export function correctionDate(locale: Locale, at: Date): string {
  return formatDateTime(locale, at, localeTable[locale].dayBesideTime);
}

/** A calendar day stored as UTC midnight (event dates): never shifted by a time zone. */
export function formatDay(locale: Locale, day: Date): string {
  return formatDateTime(locale, day, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
}

type ListKind = 'conjunction' | 'enumeration';

/** "A, B and C" (conjunction) or "A、B、C" / "A, B, C" (an enumeration only separates). */
const listFormat = (locale: Locale, kind: ListKind) =>
  new Intl.ListFormat(localeTable[locale].intlLocale, {
    type: 'conjunction',
    style: kind === 'enumeration' ? 'narrow' : 'long',
  });

/** Items joined as the language joins them: "A, B and C"; an `enumeration` only separates ("A、B、C"). */
export function formatList(locale: Locale, items: string[], kind: ListKind = 'conjunction'): string {
  return listFormat(locale, kind).format(items);
}

/**
 * A list of `count` items as the language joins them: item indexes and the separators between them,
 * for lists of elements rather than strings (components/JoinedList.tsx).
 */
export function listParts(
  locale: Locale,
  count: number,
  kind: ListKind = 'conjunction',
): Array<number | string> {
  return listFormat(locale, kind)
    .formatToParts(Array.from({ length: count }, (_, i) => String(i)))
    .map((part) => (part.type === 'element' ? Number(part.value) : part.value));
}

/** The name of a language as readers of `locale` call it ("Vietnamese", "越南语", "Tiếng Việt"). */
export function languageName(locale: Locale, language: Locale): string {
  const names = new Intl.DisplayNames([localeTable[locale].intlLocale], { type: 'language' });
  return names.of(localeTable[language].htmlLang) ?? localeTable[language].nativeName;
}

/**
 * Day, time of day and zone name of an instant, formatted apart; a message joins them as the
 * language writes them ("2025年1月16日 22:00（北京时间）", "22:00 ngày 16/1/2025 (giờ Bắc Kinh)").
 */
export function dateAndTimeParts(locale: Locale, at: Date): { date: string; time: string; zone: string } {
  return {
    date: formatDateTime(locale, at, localeTable[locale].dayBesideTime),
    time: formatDateTime(locale, at, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }),
    zone: localeTable[locale].timeZoneName,
  };
}

/** A sum of money as words read it: "3.3 billion Chinese yuan", "33亿人民币", "3,3 tỷ nhân dân tệ". */
export function formatMoney(locale: Locale, amount: number, currency: string): string {
  return new Intl.NumberFormat(localeTable[locale].intlLocale, {
    style: 'currency',
    currency,
    currencyDisplay: 'name',
    notation: 'compact',
    compactDisplay: 'long',
    maximumSignificantDigits: 3,
  }).format(amount);
}

/** A file size in megabytes as the language writes it ("30 MB", "30 MB", "30 MB": the symbol is shared). */
export function formatBytes(locale: Locale, bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return new Intl.NumberFormat(localeTable[locale].intlLocale, {
    style: 'unit',
    unit: 'megabyte',
    maximumFractionDigits: mb < 10 ? 1 : 0,
  }).format(mb);
}
