import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { localizedPath, siteSections, type Alternate } from '@/lib/model/paths';
import type { Locale } from '@/lib/model/locales';
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
  const sections = siteSections.map(([path, key]) => ({ path, label: t(key) }));
  // Two rows, as newspapers do: masthead with search and the language switcher, then the sections,
  // which wrap onto a second line on a narrow screen rather than hide some behind a sideways scroll.
  // A place name never breaks across lines ("Nam / Ninh"): the messages mark it.
  const place = (name: ReactNode) => <span className="whitespace-nowrap">{name}</span>;
  return (
    <header className="border-b border-black/10 dark:border-white/15">
      <div className="mx-auto flex max-w-6xl flex-wrap items-start justify-between gap-x-6 gap-y-2 px-4 pb-3 pt-4">
        <div className="min-w-0">
          <a href={localizedPath(locale, '/')} className="text-lg font-bold sm:text-xl">
            {t.rich('masthead', { place })}
          </a>
          <p className="text-sm text-muted">{t.rich('tagline', { place })}</p>
        </div>
        <div className="flex w-full flex-wrap items-center gap-x-6 gap-y-2 sm:w-auto">
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
        <ul className="mx-auto flex max-w-6xl flex-wrap gap-x-5 gap-y-1 px-4 py-2 text-sm font-semibold sm:gap-x-6">
          {sections.map(({ path, label }) => (
            <li key={path}>
              <a
                href={localizedPath(locale, path)}
                className="inline-block whitespace-nowrap py-1 hover:underline"
              >
                {label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
