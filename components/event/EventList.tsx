import { getTranslations } from 'next-intl/server';
import { LocalizedText } from '@/components/LocalizedText';
import { PageShell } from '@/components/PageShell';
import type { EventListItem } from '@/lib/data/types';
import { formatDay } from '@/lib/i18n/format';
import type { Locale } from '@/lib/model/locales';
import { everyLanguage, localizedPath } from '@/lib/model/paths';

export async function EventList({ locale, events }: { locale: Locale; events: EventListItem[] }) {
  const t = await getTranslations({ locale, namespace: 'EventsPage' });
  return (
    <PageShell locale={locale} alternates={everyLanguage('/events')}>
      <h1 className="text-2xl sm:text-3xl font-bold">{t('title')}</h1>
      <p className="mt-2 text-muted">{t('description')}</p>
      <ul className="mt-8 space-y-8">
        {events.map((event) => (
          <li key={event.id}>
            <h2 className="text-xl font-semibold">
              <a href={localizedPath(locale, `/events/${event.id}`)} className="hover:underline">
                <LocalizedText value={event.name} pageLocale={locale} />
              </a>
            </h2>
            <p className="mt-1 text-sm text-muted">
              {t('dates', { start: formatDay(locale, event.startsOn), end: formatDay(locale, event.endsOn) })}{' '}
              · <LocalizedText value={event.city} pageLocale={locale} />
            </p>
            {event.theme && (
              <p className="mt-1">
                <LocalizedText value={event.theme} pageLocale={locale} />
              </p>
            )}
          </li>
        ))}
      </ul>
    </PageShell>
  );
}
