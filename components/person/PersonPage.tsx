import { getTranslations } from 'next-intl/server';
import { PagePhoto } from '@/components/article/Photo';
import { PageSection as Section } from '@/components/PageSection';
import { LocalizedText } from '@/components/LocalizedText';
import { NameList } from '@/components/NameList';
import { EntityReports } from '@/components/EntityReports';
import { PageShell } from '@/components/PageShell';
import { sourceNames } from '@/components/SourceNames';
import type { PersonPageData } from '@/lib/data/types';
import { localeTable } from '@/lib/model/locales';
import { everyLanguage, localizedPath } from '@/lib/model/paths';
import { fittingName, fittingNameClass, Name, WholeName } from '@/components/Name';

export async function PersonPage({ person }: { person: PersonPageData }) {
  const { locale } = person;
  const t = await getTranslations({ locale, namespace: 'PersonPage' });
  const text = (value: PersonPageData['name']) => <LocalizedText value={value} pageLocale={locale} />;

  return (
    <PageShell locale={locale} alternates={everyLanguage(`/people/${person.id}`)}>
      <header className="flow-root">
        {person.photo && <PagePhoto photo={person.photo} locale={locale} name={person.name.text} portrait />}
        <p className="text-sm font-semibold uppercase tracking-wide text-accent">{t('kicker')}</p>
        <h1 className={`mt-1 font-bold ${fittingNameClass}`} style={fittingName(person.name.text)}>
          {person.honorific && <span className="mr-2 text-xl text-muted">{text(person.honorific)}</span>}
          <WholeName value={person.name} pageLocale={locale} />
        </h1>
        {person.roles.map((role, i) => (
          <p key={i} className="mt-2">
            {text(role)}
          </p>
        ))}
        {person.singleSource && (
          <p role="note" className="mt-3 rounded border border-accent p-2 text-sm">
            {t('singleSource', { sources: sourceNames(locale, person.sources) })}
          </p>
        )}
      </header>

      <Section id="names" title={t('names')}>
        <dl className="space-y-1">
          {person.names.map((n) => (
            <div key={n.locale} className="flex flex-col sm:flex-row sm:gap-3">
              <dt className="w-28 shrink-0 text-sm text-muted" lang={localeTable[n.locale].htmlLang}>
                {localeTable[n.locale].nativeName}
              </dt>
              <dd lang={localeTable[n.locale].htmlLang}>
                <Name locale={n.locale} pageLocale={n.locale}>
                  {n.name}
                </Name>
                {n.editorial && (
                  <span className="ml-2 text-xs text-muted" lang={localeTable[locale].htmlLang}>
                    {t('editorial')}
                  </span>
                )}
              </dd>
            </div>
          ))}
          {person.aliases.length > 0 && (
            <div className="flex flex-col sm:flex-row sm:gap-3">
              <dt className="w-28 shrink-0 text-sm text-muted">{t('variants')}</dt>
              <dd>
                <NameList locale={locale} names={person.aliases} />
              </dd>
            </div>
          )}
        </dl>
        {person.city && (
          <p className="mt-3">
            <span className="font-semibold">{t('city')}</span>{' '}
            <WholeName value={person.city.name} pageLocale={locale} /> ·{' '}
            <WholeName value={person.city.country} pageLocale={locale} />
          </p>
        )}
      </Section>

      {person.statements.length > 0 && (
        <Section id="statements" title={t('statements')}>
          <p className="text-sm text-muted">{t('statementsNote')}</p>
          <ul className="mt-3 space-y-4">
            {person.statements.map((s, i) => (
              <li key={i}>
                <p>{text(s.summary)}</p>
                <p className="text-xs text-muted">
                  {t('reportedBy', { sources: sourceNames(locale, s.sources) })}
                </p>
              </li>
            ))}
          </ul>
        </Section>
      )}

      {person.quotes.length > 0 && (
        <Section id="quotes" title={t('quotes')}>
          {person.quotes.map((q, i) => (
            <figure key={i} className="mt-3">
              <blockquote lang={localeTable[q.locale].htmlLang} className="border-l-4 border-accent pl-4">
                “{q.text}”
              </blockquote>
              <figcaption className="mt-1 text-sm text-muted">
                {t('quoteSource', { outlet: q.source.outlet.text })}
              </figcaption>
            </figure>
          ))}
        </Section>
      )}

      {person.events.length > 0 && (
        <Section id="events" title={t('events')}>
          <ul className="space-y-1">
            {person.events.map((e) => (
              <li key={e.id}>
                <a href={localizedPath(locale, `/events/${e.id}`)} className="underline">
                  {text(e.name)}
                </a>{' '}
                <span className="text-sm text-muted">· {t('participantRole', { role: e.role })}</span>
              </li>
            ))}
          </ul>
        </Section>
      )}

      <Section id="reports" title={t('reports')}>
        <EntityReports
          locale={locale}
          entity={{ kind: 'person', id: person.id, name: person.name.text }}
          reports={person.articles}
          more={person.moreReports}
          empty={t('noReports')}
        />
      </Section>
    </PageShell>
  );
}
