import 'server-only';
import { cache } from 'react';
import { appDb } from '../db/app-client';
import { photoSelect, photoView } from './photos';
import type { Locale } from '../model/locales';
import { sourcesOf, withSources } from './citations';
import { reportsOn } from './reports';
import { idAsText, isEntityId, type Localized, pick } from '../model/localized';
import type { EventPageData, EventListItem } from './types';

const named = (rows: Array<{ locale: Locale; name: string }>, locale: Locale, id: string): Localized =>
  pick(rows, locale, 'name') ?? idAsText(id);

export const getEvents = cache(async (locale: Locale): Promise<EventListItem[]> => {
  const events = await appDb().event.findMany({
    orderBy: { startsOn: 'desc' },
    include: { translations: true, city: { include: { translations: true } } },
  });
  return events.map((e) => ({
    id: e.id,
    name: named(e.translations, locale, e.id),
    theme: pick(e.translations, locale, 'theme'),
    city: named(e.city.translations, locale, e.cityId),
    startsOn: e.startsOn,
    endsOn: e.endsOn,
  }));
});

/** An event with everything its page shows, in `locale`; null for an unknown id. */
export const getEvent = cache(async (locale: Locale, id: string): Promise<EventPageData | null> => {
  if (!isEntityId(id)) return null;
  const e = await appDb().event.findUnique({
    where: { id },
    include: {
      translations: true,
      city: { include: { translations: true } },
      photo: { select: photoSelect },
      citations: withSources,
      organisers: { orderBy: { position: 'asc' }, include: { translations: true } },
      programme: { orderBy: { position: 'asc' }, include: { translations: true, citations: withSources } },
      points: {
        orderBy: [{ kind: 'asc' }, { position: 'asc' }],
        include: { translations: true, citations: withSources },
      },
      figures: { orderBy: { metric: 'asc' }, include: { citations: withSources } },
      cities: {
        include: { city: { include: { translations: true, country: { include: { translations: true } } } } },
      },
      participants: {
        include: {
          person: {
            include: {
              translations: true,
              roles: { orderBy: { position: 'asc' }, include: { translations: true } },
            },
          },
        },
      },
      agreements: { include: { translations: true } },
      discrepancies: {
        orderBy: { position: 'asc' },
        include: {
          translations: true,
          versions: { orderBy: { position: 'asc' }, include: { translations: true, citations: withSources } },
        },
      },
    },
  });
  if (!e) return null;
  const reports = await reportsOn('event', e.id, locale);

  return {
    id: e.id,
    locale,
    photo: e.photo && photoView(e.photo),
    name: named(e.translations, locale, e.id),
    theme: pick(e.translations, locale, 'theme'),
    context: pick(e.translations, locale, 'context'),
    city: named(e.city.translations, locale, e.cityId),
    cityId: e.cityId,
    startsOn: e.startsOn,
    endsOn: e.endsOn,
    openingOn: e.openingOn,
    edition: e.edition,
    sources: sourcesOf(e.citations, locale),
    organisers: e.organisers.map((o) => ({ role: o.role, name: named(o.translations, locale, o.id) })),
    programme: e.programme.map((p) => ({
      kind: p.kind,
      date: p.date,
      title: pick(p.translations, locale, 'title') ?? { text: p.id, locale: 'en' },
      sources: sourcesOf(p.citations, locale),
    })),
    points: e.points.map((p) => ({
      kind: p.kind,
      singleSource: p.singleSource,
      text: pick(p.translations, locale, 'text') ?? { text: p.id, locale: 'en' },
      sources: sourcesOf(p.citations, locale),
    })),
    figures: e.figures.map((f) => ({
      metric: f.metric,
      value: f.value,
      qualifier: f.qualifier,
      sources: sourcesOf(f.citations, locale).map((s) => s.outlet),
    })),
    cities: e.cities
      .map((c) => ({
        id: c.cityId,
        name: named(c.city.translations, locale, c.cityId),
        country: named(c.city.country.translations, locale, c.city.countryId),
        inMainDialogue: c.inMainDialogue,
      }))
      .sort((a, b) => Number(b.inMainDialogue) - Number(a.inMainDialogue)),
    people: e.participants
      .map((p) => ({
        id: p.personId,
        role: p.role,
        name: named(p.person.translations, locale, p.personId),
        title: p.person.roles[0] ? pick(p.person.roles[0].translations, locale, 'title') : null,
        singleSource: p.person.singleSource,
      }))
      .sort((a, b) => (a.role === b.role ? 0 : a.role === 'speaker' ? -1 : 1)),
    agreements: e.agreements.map((a) => ({
      id: a.id,
      kind: a.kind,
      name: named(a.translations, locale, a.id),
    })),
    discrepancies: e.discrepancies.map((d) => ({
      topic: pick(d.translations, locale, 'topic') ?? { text: d.id, locale: 'en' },
      versions: d.versions.map((v) => ({
        claim: pick(v.translations, locale, 'claim') ?? { text: v.id, locale: 'en' },
        sources: sourcesOf(v.citations, locale),
      })),
    })),
    articles: reports.reports,
    moreReports: reports.more,
  };
});
