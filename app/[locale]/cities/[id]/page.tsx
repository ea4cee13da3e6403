import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { JsonLd } from '@/components/JsonLd';
import { CityPage } from '@/components/city/CityPage';
import { getCities, getCity } from '@/lib/data/cities';
import { localeParam } from '@/lib/i18n/params';
import { entityMetadata } from '@/lib/seo/metadata';
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
  return entityMetadata(locale, 'city', city.id, {
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
  // the map shows the city among the others that met at the same events
  const neighbours = (await getCities(locale)).filter(
    (c) => c.id !== city.id && c.eventIds.some((e) => city.eventIds.includes(e)),
  );
  const nodes = [
    structuredData.city(city),
    await structuredData.entityBreadcrumbs(locale, 'city', city.id, city.name.text),
  ];
  return (
    <>
      <JsonLd nodes={nodes} />
      <CityPage city={city} neighbours={neighbours} />
    </>
  );
}
