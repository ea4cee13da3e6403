import { getLocale, getTranslations } from 'next-intl/server';
import { everyLanguage, PageShell } from '@/components/PageShell';
import { localizedPath } from '@/lib/i18n/paths';

export default async function NotFound() {
  const locale = await getLocale();
  const t = await getTranslations({ locale, namespace: 'NotFoundPage' });
  return (
    <PageShell locale={locale} alternates={everyLanguage('/')}>
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="mt-3">{t('body')}</p>
      <p className="mt-3">
        <a href={localizedPath(locale, '/')} className="underline">
          {t('home')}
        </a>
      </p>
    </PageShell>
  );
}
