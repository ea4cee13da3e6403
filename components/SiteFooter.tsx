import { useLocale, useTranslations } from 'next-intl';
import { CORRECTIONS_PATH, localizedPath } from '@/lib/model/paths';

export function SiteFooter() {
  const t = useTranslations('Layout');
  const locale = useLocale();
  return (
    <footer className="mx-auto max-w-6xl border-t border-black/10 px-4 py-6 text-sm text-muted dark:border-white/15">
      <p>{t('footer')}</p>
      <nav aria-label={t('footerNav')} className="mt-2">
        <ul className="flex flex-wrap gap-x-4 gap-y-1">
          <li>
            <a href={localizedPath(locale, '/about')} className="underline">
              {t('navAbout')}
            </a>
          </li>
          <li>
            <a href={localizedPath(locale, '/sources')} className="underline">
              {t('navSources')}
            </a>
          </li>
          <li>
            <a href={localizedPath(locale, CORRECTIONS_PATH)} className="underline">
              {t('navCorrections')}
            </a>
          </li>
        </ul>
      </nav>
    </footer>
  );
}
