import type { Metadata } from 'next';
import { setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { PersonPage } from '@/components/person/PersonPage';
import { getPerson } from '@/lib/data/people';
import { localeParam } from '@/lib/i18n/params';

type Props = { params: Promise<{ locale: string; id: string }> };

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id, ...rest } = await params;
  const person = await getPerson(localeParam(rest.locale), id);
  return person ? { title: person.name.text, description: person.roles[0]?.text } : {};
}

export default async function Page({ params }: Props) {
  const { id, ...rest } = await params;
  const locale = localeParam(rest.locale);
  setRequestLocale(locale);
  const person = await getPerson(locale, id);
  if (!person) notFound();
  return <PersonPage person={person} />;
}
