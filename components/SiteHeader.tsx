import { getTranslations } from 'next-intl/server';
import { localizedPath, type Alternate } from '@/lib/i18n/paths';
import type { Locale } from '@/lib/i18n/locales';
import { LanguageSwitcher } from './LanguageSwitcher';
import { SearchForm } from './SearchForm';

export async function SiteHeader({
  locale,
  alternates,
  searchBox = true,
}: {
  locale: Locale;
  alternates: Alternate[];
  /** the search page has its own, larger form */
  searchBox?: boolean;
}) {
  const t = await getTranslations({ locale, namespace: 'Layout' });
  const meta = await getTranslations({ locale, namespace: 'Metadata' });
  const sections = [
    { path: '/articles', label: t('navReports') },
    { path: '/events', label: t('navEvents') },
    { path: '/people', label: t('navPeople') },
    { path: '/cities', label: t('navCities') },
    { path: '/agreements', label: t('navAgreements') },
  ];
  // Two rows, as newspapers do: masthead with the language switcher, then the sections. The section
  // row scrolls sideways instead of wrapping when a language's labels are long or the screen narrow.
  return (
    <header className="border-b border-black/10 dark:border-white/15">
      <div className="mx-auto flex max-w-6xl flex-wrap items-start justify-between gap-x-6 gap-y-2 px-4 pb-3 pt-4">
        <div className="min-w-0">
          <a href={localizedPath(locale, '/')} className="text-lg font-bold sm:text-xl">
            {meta('siteName')}
          </a>
          <p className="text-sm text-muted">{t('tagline')}</p>
        </div>
        <div className="flex flex-wrap items-center gap-x-6 gap-y-2">
          {searchBox && (
            <SearchForm
              compact
              action={localizedPath(locale, '/search')}
              name={t('searchLabel')}
              label={t('searchInput')}
              submit={t('searchSubmit')}
            />
          )}
          <LanguageSwitcher current={locale} alternates={alternates} label={t('languageSwitcher')} />
        </div>
      </div>
      <nav aria-label={t('primaryNav')} className="border-t border-black/5 dark:border-white/10">
        <ul className="mx-auto flex max-w-6xl gap-x-6 overflow-x-auto whitespace-nowrap px-4 py-2 text-sm font-semibold">
          {sections.map(({ path, label }) => (
            <li key={path}>
              <a href={localizedPath(locale, path)} className="inline-block py-1 hover:underline">
                {label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
