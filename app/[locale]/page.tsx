import { localeParam } from '@/lib/i18n/params';
import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { HomePage } from '@/components/home/HomePage';
import { JsonLd } from '@/components/JsonLd';
import { getHomePage } from '@/lib/data/home';
import { everyLanguage } from '@/lib/model/paths';
import { pageMetadata } from '@/lib/seo/metadata';
import * as structuredData from '@/lib/seo/structured-data';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = localeParam((await params).locale);
  const t = await getTranslations({ locale, namespace: 'Metadata' });
  return pageMetadata({ locale, alternates: everyLanguage('/'), description: t('description') });
}

export default async function Page({ params }: Props) {
  const locale = localeParam((await params).locale);
  setRequestLocale(locale);
  const data = await getHomePage(locale);
  return (
    <>
      <JsonLd nodes={await structuredData.home(locale)} />
      <HomePage locale={locale} data={data} />
    </>
  );
}
