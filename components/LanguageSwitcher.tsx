import { locales, localeTable, type Locale } from '@/lib/model/locales';
import { localizedPath, type Alternate } from '@/lib/model/paths';

/**
 * Plain links (no client JavaScript) to this page in the other languages it exists in; a
 * language the page lacks is not offered.
 */
export function LanguageSwitcher({
  current,
  alternates,
  label,
}: {
  current: Locale;
  alternates: Alternate[];
  label: string;
}) {
  const available = locales.flatMap((locale) => alternates.filter((a) => a.locale === locale));
  return (
    <nav aria-label={label}>
      <ul className="flex shrink-0 gap-3 whitespace-nowrap pt-1 text-sm">
        {available.map(({ locale, path }) => {
          const { htmlLang, nativeName } = localeTable[locale];
          return (
            <li key={locale}>
              {locale === current ? (
                <span aria-current="page" lang={htmlLang} className="font-semibold">
                  {nativeName}
                </span>
              ) : (
                <a
                  href={localizedPath(locale, path)}
                  hrefLang={htmlLang}
                  lang={htmlLang}
                  className="underline"
                >
                  {nativeName}
                </a>
              )}
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
