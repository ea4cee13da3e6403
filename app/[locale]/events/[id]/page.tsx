import type { Metadata } from 'next';
import { setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { EventPage } from '@/components/event/EventPage';
import { getEvent } from '@/lib/data/events';
import { localeParam } from '@/lib/i18n/params';

type Props = { params: Promise<{ locale: string; id: string }> };

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id, ...rest } = await params;
  const event = await getEvent(localeParam(rest.locale), id);
  return event ? { title: event.name.text, description: event.theme?.text } : {};
}

export default async function Page({ params }: Props) {
  const { id, ...rest } = await params;
  const locale = localeParam(rest.locale);
  setRequestLocale(locale);
  const event = await getEvent(locale, id);
  if (!event) notFound();
  return <EventPage event={event} />;
}
