import { JoinedList } from '@/components/JoinedList';
import type { Locale } from '@/lib/model/locales';
import { WholeName } from '@/components/Name';

/** Names in several languages, separated as the page's language separates them ("南宁市、邕城"), each with its `lang`. */
export function NameList({
  locale,
  names,
}: {
  locale: Locale;
  names: Array<{ locale: Locale; name: string }>;
}) {
  return (
    <JoinedList
      locale={locale}
      kind="enumeration"
      items={names.map((n) => (
        <WholeName key={n.name} value={{ text: n.name, locale: n.locale }} pageLocale={locale} />
      ))}
    />
  );
}
