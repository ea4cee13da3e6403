import { getLocale, getTranslations } from 'next-intl/server';
import { NotFoundMessage } from '@/components/NotFoundMessage';
import { PageShell } from '@/components/PageShell';
import { languageName } from '@/lib/i18n/format';
import { locales } from '@/lib/model/locales';
import { everyLanguage, localizedPath } from '@/lib/model/paths';

// Every text is translated here, on the server; the small client component only decides, from the
// address, whether this is an article that exists in other languages (see NotFoundMessage).
export default async function NotFound() {
  const locale = await getLocale();
  const t = await getTranslations({ locale, namespace: 'NotFoundPage' });
  const missing = await getTranslations({ locale, namespace: 'MissingTranslationPage' });
  return (
    <PageShell locale={locale} alternates={everyLanguage('/')}>
      <NotFoundMessage
        locale={locale}
        generic={{
          title: t('title'),
          body: t('body'),
          home: t('home'),
          homeHref: localizedPath(locale, '/'),
        }}
        missing={{
          title: missing('title'),
          body: missing('body'),
          readIn: Object.fromEntries(
            locales.map((l) => [l, missing('readIn', { language: languageName(locale, l) })]),
          ),
        }}
      />
    </PageShell>
  );
}
