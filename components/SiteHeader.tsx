import { getTranslations } from 'next-intl/server';
import { localizedPath } from '@/lib/i18n/paths';
import type { Locale } from '@/lib/i18n/locales';
import { LanguageSwitcher } from './LanguageSwitcher';

/** A language this page exists in, and its path there (without the locale prefix). */
export type Alternate = { locale: Locale; path: string };

export async function SiteHeader({ locale, alternates }: { locale: Locale; alternates: Alternate[] }) {
  const t = await getTranslations({ locale, namespace: 'Layout' });
  const meta = await getTranslations({ locale, namespace: 'Metadata' });
  return (
    <header className="border-b border-black/10 dark:border-white/15">
      <div className="mx-auto flex max-w-6xl flex-wrap items-baseline justify-between gap-2 px-4 py-4">
        <div>
          <a href={localizedPath(locale, '/')} className="text-xl font-bold">
            {meta('siteName')}
          </a>
          <p className="text-sm text-muted">{t('tagline')}</p>
        </div>
        <div className="flex flex-wrap items-baseline gap-6">
          <nav aria-label={t('primaryNav')}>
            <ul className="flex gap-4 text-sm font-semibold">
              <li>
                <a href={localizedPath(locale, '/articles')} className="hover:underline">
                  {t('navReports')}
                </a>
              </li>
              <li>
                <a href={localizedPath(locale, '/events')} className="hover:underline">
                  {t('navEvents')}
                </a>
              </li>
              <li>
                <a href={localizedPath(locale, '/people')} className="hover:underline">
                  {t('navPeople')}
                </a>
              </li>
              <li>
                <a href={localizedPath(locale, '/cities')} className="hover:underline">
                  {t('navCities')}
                </a>
              </li>
              <li>
                <a href={localizedPath(locale, '/agreements')} className="hover:underline">
                  {t('navAgreements')}
                </a>
              </li>
            </ul>
          </nav>
          <LanguageSwitcher current={locale} alternates={alternates} label={t('languageSwitcher')} />
        </div>
      </div>
    </header>
  );
}
