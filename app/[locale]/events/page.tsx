import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { EventList } from '@/components/event/EventList';
import { getEvents } from '@/lib/data/events';
import { localeParam } from '@/lib/i18n/params';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: localeParam((await params).locale), namespace: 'EventsPage' });
  return { title: t('title'), description: t('description') };
}

export default async function Page({ params }: Props) {
  const locale = localeParam((await params).locale);
  setRequestLocale(locale);
  return <EventList locale={locale} events={await getEvents(locale)} />;
}
