import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { JsonLd } from '@/components/JsonLd';
import { EventPage } from '@/components/event/EventPage';
import { getEvent } from '@/lib/data/events';
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
  const event = await getEvent(locale, id);
  if (!event) return {};
  const t = await getTranslations({ locale, namespace: 'Seo' });
  return entityMetadata(locale, 'event', event.id, {
    title: event.name.text,
    description: t('eventDescription', { name: event.name.text }),
  });
}

export default async function Page({ params }: Props) {
  const { id, ...rest } = await params;
  const locale = localeParam(rest.locale);
  setRequestLocale(locale);
  const event = await getEvent(locale, id);
  if (!event) notFound();
  const nodes = [
    structuredData.event(event),
    await structuredData.entityBreadcrumbs(locale, 'event', event.id, event.name.text),
  ];
  return (
    <>
      <JsonLd nodes={nodes} />
      <EventPage event={event} />
    </>
  );
}
