import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { JsonLd } from '@/components/JsonLd';
import { PageShell } from '@/components/PageShell';
import { everyLanguage } from '@/lib/model/paths';
import { localeParam } from '@/lib/i18n/params';
import { pageMetadata } from '@/lib/seo/metadata';
import * as structuredData from '@/lib/seo/structured-data';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = localeParam((await params).locale);
  const t = await getTranslations({ locale, namespace: 'AboutPage' });
  return pageMetadata({
    locale,
    alternates: everyLanguage('/about'),
    title: t('title'),
    description: t('p1'),
  });
}

export default async function Page({ params }: Props) {
  const locale = localeParam((await params).locale);
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'AboutPage' });
  return (
    <PageShell locale={locale} alternates={everyLanguage('/about')}>
      <JsonLd
        nodes={[
          structuredData.sitePage(locale, 'AboutPage', {
            name: t('title'),
            description: t('p1'),
            path: '/about',
          }),
        ]}
      />
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <div className="mt-6 space-y-4">
        {(['p1', 'p2', 'p3', 'p4'] as const).map((key) => (
          <p key={key}>{t(key)}</p>
        ))}
      </div>
    </PageShell>
  );
}
