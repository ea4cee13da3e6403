import { locales, localeTable, type Locale } from '@/lib/i18n/locales';

/**
 * Plain links to the home page in each language (no client JavaScript). Keeping the reader on
 * the same article or entity across languages arrives with the reader experience (issue 3).
 */
export function LanguageSwitcher({ current, label }: { current: Locale; label: string }) {
  return (
    <nav aria-label={label}>
      <ul className="flex gap-3 text-sm">
        {locales.map((locale) => (
          <li key={locale}>
            {locale === current ? (
              <span aria-current="true" lang={localeTable[locale].htmlLang} className="font-semibold">
                {localeTable[locale].nativeName}
              </span>
            ) : (
              <a
                href={`/${locale}`}
                hrefLang={localeTable[locale].htmlLang}
                lang={localeTable[locale].htmlLang}
                className="underline"
              >
                {localeTable[locale].nativeName}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
