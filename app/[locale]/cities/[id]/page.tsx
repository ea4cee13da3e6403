import type { Metadata } from 'next';
import { setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { CityPage } from '@/components/city/CityPage';
import { getCity } from '@/lib/data/cities';
import { localeParam } from '@/lib/i18n/params';

type Props = { params: Promise<{ locale: string; id: string }> };

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id, ...rest } = await params;
  const city = await getCity(localeParam(rest.locale), id);
  return city ? { title: city.name.text } : {};
}

export default async function Page({ params }: Props) {
  const { id, ...rest } = await params;
  const locale = localeParam(rest.locale);
  setRequestLocale(locale);
  const city = await getCity(locale, id);
  if (!city) notFound();
  return <CityPage city={city} />;
}
