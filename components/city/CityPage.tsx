import { getTranslations } from 'next-intl/server';
import { PagePhoto } from '@/components/article/Photo';
import { CityMap } from '@/components/CityMap';
import { PageSection as Section } from '@/components/PageSection';
import { LocalizedText } from '@/components/LocalizedText';
import { NameList } from '@/components/NameList';
import { PageShell } from '@/components/PageShell';
import { EntityReports } from '@/components/EntityReports';
import type { CityListItem, CityPageData } from '@/lib/data/types';
import { localeTable } from '@/lib/model/locales';
import { everyLanguage, localizedPath } from '@/lib/model/paths';
import { toPoint } from './CityList';
import { fittingName, fittingNameClass, Name, WholeName } from '@/components/Name';

export async function CityPage({ city, neighbours }: { city: CityPageData; neighbours: CityListItem[] }) {
  const { locale } = city;
  const t = await getTranslations({ locale, namespace: 'CityPage' });
  const text = (value: CityPageData['name']) => <LocalizedText value={value} pageLocale={locale} />;
  const link = (path: string, value: CityPageData['name']) => (
    <a href={localizedPath(locale, path)} className="underline">
      {text(value)}
    </a>
  );

  return (
    <PageShell locale={locale} alternates={everyLanguage(`/cities/${city.id}`)}>
      <header>
        <p className="text-sm font-semibold uppercase tracking-wide text-accent">
          {t('kicker', { kind: city.kind })}
        </p>
        <h1 className={`mt-1 font-bold ${fittingNameClass}`} style={fittingName(city.name.text)}>
          <WholeName value={city.name} pageLocale={locale} />
        </h1>
        <p className="mt-2 text-muted">
          {city.region && <>{text(city.region)} · </>}
          {text(city.country)}
        </p>
        {city.notes && <p className="mt-2">{text(city.notes)}</p>}
        {city.photo && <PagePhoto photo={city.photo} locale={locale} name={city.name.text} />}
      </header>

      <CityMap
        locale={locale}
        id="city-map"
        title={t('mapTitle', { city: city.name.text })}
        points={[toPoint(city, true), ...neighbours.map((n) => ({ ...toPoint(n), context: true }))]}
      />

      <Section id="names" title={t('names')}>
        <dl className="space-y-1">
          {city.names.map((n) => (
            <div key={n.locale} className="flex flex-col sm:flex-row sm:gap-3">
              <dt className="w-28 shrink-0 text-sm text-muted" lang={localeTable[n.locale].htmlLang}>
                {localeTable[n.locale].nativeName}
              </dt>
              <dd lang={localeTable[n.locale].htmlLang}>
                <Name locale={n.locale} pageLocale={n.locale}>
                  {n.name}
                </Name>
              </dd>
            </div>
          ))}
          {city.nickname && (
            <div className="flex flex-col sm:flex-row sm:gap-3">
              <dt className="w-28 shrink-0 text-sm text-muted">{t('nickname')}</dt>
              <dd>
                <WholeName value={city.nickname} pageLocale={locale} />
              </dd>
            </div>
          )}
          {city.aliases.length > 0 && (
            <div className="flex flex-col sm:flex-row sm:gap-3">
              <dt className="w-28 shrink-0 text-sm text-muted">{t('variants')}</dt>
              <dd>
                <NameList locale={locale} names={city.aliases} />
              </dd>
            </div>
          )}
        </dl>
      </Section>

      {city.events.length > 0 && (
        <Section id="events" title={t('events')}>
          <ul className="space-y-1">
            {city.events.map((e) => (
              <li key={e.id}>
                {link(`/events/${e.id}`, e.name)}
                {e.inMainDialogue && <span className="ml-2 text-sm text-muted">· {t('mainDialogue')}</span>}
              </li>
            ))}
          </ul>
        </Section>
      )}
      {city.people.length > 0 && (
        <Section id="people" title={t('people')}>
          <ul className="space-y-1">
            {city.people.map((p) => (
              <li key={p.id}>{link(`/people/${p.id}`, p.name)}</li>
            ))}
          </ul>
        </Section>
      )}
      {city.agreements.length > 0 && (
        <Section id="agreements" title={t('agreements')}>
          <ul className="space-y-1">
            {city.agreements.map((a) => (
              <li key={a.id}>{link(`/agreements/${a.id}`, a.name)}</li>
            ))}
          </ul>
        </Section>
      )}
      <Section id="reports" title={t('reports')}>
        <EntityReports
          locale={locale}
          entity={{ kind: 'city', id: city.id, name: city.name.text }}
          reports={city.articles}
          more={city.moreReports}
          empty={t('noReports')}
        />
      </Section>
    </PageShell>
  );
}
