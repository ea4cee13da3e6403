import type { CSSProperties, ReactNode } from 'react';
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

/**
 * The style of a heading that is a whole name: its size shrinks on a narrow screen until the name
 * fits on one line (a long name in a heading would otherwise run off a phone's screen), up to
 * the heading's own size. Widths are estimated per character: a Chinese character is about an
 * em, a letter of the bold sans about three quarters of one.
 */
export function fittingName(text: string): CSSProperties {
  const ems = Array.from(text).reduce(
    (sum, c) => sum + (/[\p{Script=Han}\u3000-\u30ff]/u.test(c) ? 1.05 : 0.75),
    0,
  );
  return { '--name-fit': `calc((100vw - 2rem) / ${Math.max(ems, 1).toFixed(2)})` } as CSSProperties;
}

/** The classes of such a heading: its usual size, or less where the name needs it. */
export const fittingNameClass = 'text-[length:min(1.5rem,var(--name-fit))] sm:text-3xl';

/** The `<name>` tag of a message that places a name ("举办地：<name>{city}</name>"). */
export const nameTag = (locale: Locale, pageLocale: Locale) =>
  function NameTag(chunks: ReactNode) {
    return (
      <Name locale={locale} pageLocale={pageLocale}>
        {chunks}
      </Name>
    );
  };
