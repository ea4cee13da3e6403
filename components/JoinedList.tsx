import { Fragment, type ReactNode } from 'react';
import { listParts } from '@/lib/i18n/format';
import type { Locale } from '@/lib/model/locales';

/** Elements joined as the page's language joins them ("A、B和C", "A, B and C"; see `listParts`). */
export function JoinedList({
  locale,
  items,
  kind,
}: {
  locale: Locale;
  items: ReactNode[];
  kind?: 'conjunction' | 'enumeration';
}) {
  return (
    <>
      {listParts(locale, items.length, kind).map((part, i) => (
        <Fragment key={i}>{typeof part === 'number' ? items[part] : part}</Fragment>
      ))}
    </>
  );
}
