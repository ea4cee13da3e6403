import type { Localized } from '@/lib/model/localized';
import { localeTable, type Locale } from '@/lib/model/locales';

/** Text that may be in another language than the page (a name only one source gives): marks its `lang`. */
export function LocalizedText({ value, pageLocale }: { value: Localized; pageLocale: Locale }) {
  if (value.locale === pageLocale) return <>{value.text}</>;
  return <span lang={localeTable[value.locale].htmlLang}>{value.text}</span>;
}
