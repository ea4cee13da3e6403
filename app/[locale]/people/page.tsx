import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { JsonLd } from '@/components/JsonLd';
import { PeopleList } from '@/components/person/PeopleList';
import { getPeople } from '@/lib/data/people';
import { localeParam } from '@/lib/i18n/params';
import { pageMetadata } from '@/lib/seo/metadata';
import * as structuredData from '@/lib/seo/structured-data';
import { everyLanguage } from '@/lib/model/paths';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = localeParam((await params).locale);
  const t = await getTranslations({ locale, namespace: 'PeoplePage' });
  return pageMetadata({
    locale,
    alternates: everyLanguage('/people'),
    title: t('title'),
    description: t('description'),
  });
}

export default async function Page({ params }: Props) {
  const locale = localeParam((await params).locale);
  setRequestLocale(locale);
  return (
    <>
      <JsonLd nodes={await structuredData.sectionPage(locale, 'people')} />
      <PeopleList locale={locale} people={await getPeople(locale)} />
    </>
  );
}
