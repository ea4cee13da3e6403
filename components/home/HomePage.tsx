import { getTranslations } from 'next-intl/server';
import { LocalizedText } from '@/components/LocalizedText';
import { nameTag } from '@/components/Name';
import { PageShell } from '@/components/PageShell';
import type { HomePageData } from '@/lib/data/types';
import { formatDay } from '@/lib/i18n/format';
import { everyLanguage, localizedPath } from '@/lib/model/paths';
import type { Locale } from '@/lib/model/locales';
import { ArticleList } from './ArticleList';
import { toPoint } from '@/components/city/CityList';
import { CityMap } from '@/components/CityMap';
import { KeyFigures } from '@/components/KeyFigures';

export async function HomePage({ locale, data }: { locale: Locale; data: HomePageData }) {
  const t = await getTranslations({ locale, namespace: 'HomePage' });
  const { event } = data;

  return (
    <PageShell locale={locale} alternates={everyLanguage('/')}>
      <div className="space-y-10">
        {event && (
          <section aria-labelledby="current-event">
            <p id="current-event" className="text-sm font-semibold uppercase tracking-wide text-accent">
              {t('currentEvent')}
            </p>
            <h1 className="mt-1 text-2xl sm:text-3xl font-bold">
              <a href={localizedPath(locale, `/events/${event.id}`)} className="hover:underline">
                <LocalizedText value={event.name} pageLocale={locale} />
              </a>
            </h1>
            <p className="mt-2 text-muted">
              {t('eventDates', {
                start: formatDay(locale, event.startsOn),
                end: formatDay(locale, event.endsOn),
              })}{' '}
              · {t.rich('venue', { city: event.city.text, name: nameTag(event.city.locale, locale) })}
            </p>
            {event.theme && (
              <p className="mt-2">
                <span className="font-semibold">{t('theme')}</span>{' '}
                <LocalizedText value={event.theme} pageLocale={locale} />
              </p>
            )}
            <KeyFigures locale={locale} figures={event.figures} heading={t('keyFigures')} />
            <CityMap
              locale={locale}
              id="home-map"
              title={t('mapTitle')}
              points={event.cities.map((c) => toPoint(c))}
            />
          </section>
        )}
        <section aria-labelledby="latest">
          <h2 id="latest" className="text-xl font-bold">
            {t('latestReports')}
          </h2>
          {data.latest.length > 0 ? (
            <ArticleList locale={locale} articles={data.latest} />
          ) : (
            <p>{t('noReports')}</p>
          )}
        </section>
      </div>
    </PageShell>
  );
}
