import type { Metadata } from 'next';
import { setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { CityPage } from '@/components/city/CityPage';
import { getCity } from '@/lib/data/cities';
import { localeParam } from '@/lib/i18n/params';
import { pageMetadata } from '@/lib/seo/metadata';
import { everyLanguage } from '@/lib/i18n/paths';
import { getTranslations } from 'next-intl/server';
import { JsonLd } from '@/components/JsonLd';
import * as structuredData from '@/lib/seo/structured-data';

type Props = { params: Promise<{ locale: string; id: string }> };

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id, ...rest } = await params;
  const locale = localeParam(rest.locale);
  const city = await getCity(locale, id);
  if (!city) return {};
  const t = await getTranslations({ locale, namespace: 'Seo' });
  return pageMetadata({
    locale,
    alternates: everyLanguage(`/cities/${city.id}`),
    title: city.name.text,
    description: t('cityDescription', { name: city.name.text, country: city.country.text }),
  });
}

export default async function Page({ params }: Props) {
  const { id, ...rest } = await params;
  const locale = localeParam(rest.locale);
  setRequestLocale(locale);
  const city = await getCity(locale, id);
  if (!city) notFound();
  return (
    <>
      <JsonLd
        nodes={[
          structuredData.city(city),
          await structuredData.sectionBreadcrumbs(locale, 'cities', {
            name: city.name.text,
            path: `/cities/${city.id}`,
          }),
        ]}
      />
      <CityPage city={city} />
    </>
  );
}
