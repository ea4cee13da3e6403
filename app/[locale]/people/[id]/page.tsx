import type { Metadata } from 'next';
import { setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { PersonPage } from '@/components/person/PersonPage';
import { getPerson } from '@/lib/data/people';
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
  const person = await getPerson(locale, id);
  if (!person) return {};
  const t = await getTranslations({ locale, namespace: 'Seo' });
  const role = person.roles[0]?.text;
  return pageMetadata({
    locale,
    alternates: everyLanguage(`/people/${person.id}`),
    title: person.name.text,
    type: 'profile',
    description: role ? `${person.name.text}: ${role}` : t('personDescription', { name: person.name.text }),
  });
}

export default async function Page({ params }: Props) {
  const { id, ...rest } = await params;
  const locale = localeParam(rest.locale);
  setRequestLocale(locale);
  const person = await getPerson(locale, id);
  if (!person) notFound();
  return (
    <>
      <JsonLd
        nodes={[
          structuredData.person(person),
          await structuredData.sectionBreadcrumbs(locale, 'people', {
            name: person.name.text,
            path: `/people/${person.id}`,
          }),
        ]}
      />
      <PersonPage person={person} />
    </>
  );
}
