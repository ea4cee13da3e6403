import { Fragment } from 'react';
import { listParts } from '@/lib/i18n/format';
import { localeTable, type Locale } from '@/lib/i18n/locales';

/** Names in several languages, separated as the page's language separates them ("南宁市、邕城"), each with its `lang`. */
export function NameList({
  locale,
  names,
}: {
  locale: Locale;
  names: Array<{ locale: Locale; name: string }>;
}) {
  return (
    <>
      {listParts(locale, names.length, 'enumeration').map((part, i) => {
        if (typeof part === 'string') return <Fragment key={i}>{part}</Fragment>;
        const n = names[part]!;
        return n.locale === locale ? (
          <Fragment key={i}>{n.name}</Fragment>
        ) : (
          <span key={i} lang={localeTable[n.locale].htmlLang}>
            {n.name}
          </span>
        );
      })}
    </>
  );
}
