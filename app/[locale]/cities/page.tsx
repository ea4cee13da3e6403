import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { JsonLd } from '@/components/JsonLd';
import { CityList } from '@/components/city/CityList';
import { getCities } from '@/lib/data/cities';
import { localeParam } from '@/lib/i18n/params';
import { pageMetadata } from '@/lib/seo/metadata';
import * as structuredData from '@/lib/seo/structured-data';
import { everyLanguage } from '@/lib/model/paths';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = localeParam((await params).locale);
  const t = await getTranslations({ locale, namespace: 'CitiesPage' });
  return pageMetadata({
    locale,
    alternates: everyLanguage('/cities'),
    title: t('title'),
    description: t('description'),
  });
}

export default async function Page({ params }: Props) {
  const locale = localeParam((await params).locale);
  setRequestLocale(locale);
  return (
    <>
      <JsonLd nodes={await structuredData.sectionPage(locale, 'cities')} />
      <CityList locale={locale} cities={await getCities(locale)} />
    </>
  );
}
