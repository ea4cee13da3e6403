import { getTranslations } from 'next-intl/server';
import { PagePhoto } from '@/components/article/Photo';
import { KeyFigures } from '@/components/KeyFigures';
import { LocalizedText } from '@/components/LocalizedText';
import { nameTag, WholeName } from '@/components/Name';
import { EntityReports } from '@/components/EntityReports';
import { PageShell } from '@/components/PageShell';
import { sourceNames } from '@/components/SourceNames';
import type { EventPageData } from '@/lib/data/types';
import { formatDay } from '@/lib/i18n/format';
import { everyLanguage, localizedPath } from '@/lib/model/paths';
import { EventDiscrepancies } from './EventDiscrepancies';
import { PageSection } from '@/components/PageSection';

export async function EventPage({ event }: { event: EventPageData }) {
  const { locale } = event;
  const t = await getTranslations({ locale, namespace: 'EventPage' });
  const text = (value: EventPageData['name']) => <LocalizedText value={value} pageLocale={locale} />;
  const pointKinds = (['topic', 'highlight', 'proposal'] as const).filter((k) =>
    event.points.some((p) => p.kind === k),
  );

  return (
    <PageShell locale={locale} alternates={everyLanguage(`/events/${event.id}`)}>
      <header>
        <p className="text-sm font-semibold uppercase tracking-wide text-accent">{t('kicker')}</p>
        <h1 className="mt-1 text-2xl sm:text-3xl font-bold leading-tight">{text(event.name)}</h1>
        <p className="mt-2 text-muted">
          {t('dates', { start: formatDay(locale, event.startsOn), end: formatDay(locale, event.endsOn) })}
          {event.openingOn && <> · {t('openingDay', { date: formatDay(locale, event.openingOn) })}</>} ·{' '}
          {t.rich('venue', { city: event.city.text, name: nameTag(event.city.locale, locale) })}
          {event.edition && <> · {t('edition', { edition: event.edition })}</>}
        </p>
        {event.theme && (
          <p className="mt-3">
            <span className="font-semibold">{t('theme')}</span> {text(event.theme)}
          </p>
        )}
        {event.context && <p className="mt-2">{text(event.context)}</p>}
        {event.sources.length > 0 && (
          <p className="mt-2 text-sm text-muted">
            {t('reportedBy', { sources: sourceNames(locale, event.sources) })}
          </p>
        )}
        {event.photo && <PagePhoto photo={event.photo} locale={locale} name={event.name.text} />}
      </header>

      <KeyFigures locale={locale} figures={event.figures} heading={t('keyFigures')} />
      <EventDiscrepancies locale={locale} discrepancies={event.discrepancies} />

      {event.organisers.length > 0 && (
        <PageSection id="organisers" title={t('organisers')}>
          <dl className="space-y-2">
            {event.organisers.map((o, i) => (
              <div key={i} className="sm:flex sm:gap-3">
                <dt className="font-semibold sm:w-36 sm:shrink-0">{t('organiserRole', { role: o.role })}</dt>
                <dd>{text(o.name)}</dd>
              </div>
            ))}
          </dl>
        </PageSection>
      )}

      {event.programme.length > 0 && (
        <PageSection id="programme" title={t('programme')}>
          <ol className="space-y-4">
            {event.programme.map((item, i) => (
              <li key={i}>
                <p className="text-sm text-muted">
                  {item.date ? formatDay(locale, item.date) : t('undated')} ·{' '}
                  {t('programmeKind', { kind: item.kind })}
                </p>
                <p>{text(item.title)}</p>
                {item.sources.length > 0 && (
                  <p className="text-xs text-muted">
                    {t('reportedBy', { sources: sourceNames(locale, item.sources) })}
                  </p>
                )}
              </li>
            ))}
          </ol>
        </PageSection>
      )}

      {event.cities.length > 0 && (
        <PageSection id="cities" title={t('cities')}>
          <p className="text-sm text-muted">{t('citiesNote')}</p>
          <ul className="mt-3 grid grid-cols-1 gap-2 sm:grid-cols-2">
            {event.cities.map((city) => (
              <li key={city.id}>
                <a href={localizedPath(locale, `/cities/${city.id}`)} className="font-semibold underline">
                  <WholeName value={city.name} pageLocale={locale} />
                </a>{' '}
                · <WholeName value={city.country} pageLocale={locale} />
                {city.inMainDialogue && <span className="ml-2 text-xs text-muted">{t('mainDialogue')}</span>}
              </li>
            ))}
          </ul>
        </PageSection>
      )}

      {event.people.length > 0 && (
        <PageSection id="people" title={t('people')}>
          <ul className="space-y-3">
            {event.people.map((person) => (
              <li key={person.id}>
                <a href={localizedPath(locale, `/people/${person.id}`)} className="font-semibold underline">
                  <WholeName value={person.name} pageLocale={locale} />
                </a>{' '}
                <span className="text-sm text-muted">· {t('participantRole', { role: person.role })}</span>
                {person.singleSource && (
                  <span className="ml-2 rounded border border-accent px-1 text-xs text-accent">
                    {t('singleSource')}
                  </span>
                )}
                {person.title && <p className="text-sm">{text(person.title)}</p>}
              </li>
            ))}
          </ul>
        </PageSection>
      )}

      {pointKinds.map((kind) => (
        <PageSection key={kind} id={kind} title={t('points', { kind })}>
          <ul className="list-disc space-y-2 pl-5">
            {event.points
              .filter((p) => p.kind === kind)
              .map((point, i) => (
                <li key={i}>
                  {text(point.text)}
                  {point.singleSource && (
                    <span className="ml-2 rounded border border-accent px-1 text-xs text-accent">
                      {t('singleSource')}
                    </span>
                  )}
                  {point.sources.length > 0 && (
                    <span className="ml-2 text-xs text-muted">
                      {t('reportedBy', { sources: sourceNames(locale, point.sources) })}
                    </span>
                  )}
                </li>
              ))}
          </ul>
        </PageSection>
      ))}

      {event.agreements.length > 0 && (
        <PageSection id="outcomes" title={t('outcomes')}>
          <ul className="space-y-2">
            {event.agreements.map((a) => (
              <li key={a.id}>
                <a href={localizedPath(locale, `/agreements/${a.id}`)} className="font-semibold underline">
                  {text(a.name)}
                </a>{' '}
                <span className="text-sm text-muted">· {t('agreementKind', { kind: a.kind })}</span>
              </li>
            ))}
          </ul>
        </PageSection>
      )}

      <PageSection id="reports" title={t('reports')}>
        <EntityReports
          locale={locale}
          entity={{ kind: 'event', id: event.id, name: event.name.text }}
          reports={event.articles}
          more={event.moreReports}
          empty={t('noReports')}
        />
      </PageSection>
    </PageShell>
  );
}
