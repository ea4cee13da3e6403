import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { JsonLd } from '@/components/JsonLd';
import { PersonPage } from '@/components/person/PersonPage';
import { getPerson } from '@/lib/data/people';
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
  const person = await getPerson(locale, id);
  if (!person) return {};
  const t = await getTranslations({ locale, namespace: 'Seo' });
  const role = person.roles[0]?.text;
  return entityMetadata(locale, 'person', person.id, {
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
  const nodes = [
    structuredData.person(person),
    await structuredData.entityBreadcrumbs(locale, 'person', person.id, person.name.text),
  ];
  return (
    <>
      <JsonLd nodes={nodes} />
      <PersonPage person={person} />
    </>
  );
}
