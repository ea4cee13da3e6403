import type { SourceRef } from '@/lib/data/types';
import { formatList } from '@/lib/i18n/format';
import type { Locale } from '@/lib/model/locales';

/** "NNICC and Nhan Dan (NDO)" — the outlets behind a fact, as one list in the reader's language. */
export function sourceNames(locale: Locale, sources: SourceRef[]): string {
  return formatList(
    locale,
    sources.map((s) => s.outlet.text),
  );
}
