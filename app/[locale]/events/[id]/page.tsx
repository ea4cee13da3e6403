import type { Metadata } from 'next';
import { setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { EventPage } from '@/components/event/EventPage';
import { getEvent } from '@/lib/data/events';
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
  const event = await getEvent(locale, id);
  if (!event) return {};
  const t = await getTranslations({ locale, namespace: 'Seo' });
  return pageMetadata({
    locale,
    alternates: everyLanguage(`/events/${event.id}`),
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
  return (
    <>
      <JsonLd
        nodes={[
          structuredData.event(event),
          await structuredData.sectionBreadcrumbs(locale, 'events', {
            name: event.name.text,
            path: `/events/${event.id}`,
          }),
        ]}
      />
      <EventPage event={event} />
    </>
  );
}
