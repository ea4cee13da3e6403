import type { ReactNode } from 'react';
import { localeTable, type Locale } from '@/lib/model/locales';

/**
 * A person's or a place's name (`wholeName` in the table of kinds): printed whole, never broken
 * inside — not at its spaces, not between its Chinese characters (issue 30: 举办地：南 / 宁 on a
 * phone). `data-name` lets the layout test find every one. In another language than the page, it
 * carries its `lang`.
 */
export function Name({
  children,
  locale,
  pageLocale,
}: {
  children: ReactNode;
  locale: Locale;
  pageLocale: Locale;
}) {
  return (
    <span
      className="whitespace-nowrap"
      data-name=""
      lang={locale === pageLocale ? undefined : localeTable[locale].htmlLang}
    >
      {children}
    </span>
  );
}

/** The class and attribute of an element that is itself a whole name (a link to a person), with its own classes. */
export const wholeName = (className = '') => ({
  className: `${className} whitespace-nowrap`.trim(),
  'data-name': '',
});

/** A whole name from a localized value (`{ text, locale }`). */
export function WholeName({
  value,
  pageLocale,
}: {
  value: { text: string; locale: Locale };
  pageLocale: Locale;
}) {
  return (
    <Name locale={value.locale} pageLocale={pageLocale}>
      {value.text}
    </Name>
  );
}
