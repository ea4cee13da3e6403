import 'server-only';
import { cache } from 'react';
import { appDb } from '../db/app-client';
import { photoSelect, photoView } from './photos';
import { locales, type Locale } from '../model/locales';
import { sourcesOf, withSources } from './citations';
import { reportsOn } from './reports';
import { cachedPage, entityWindow, inOrder } from './entity-lists';
import type { Cursor, KeysetPage } from '../model/lists';
import { idAsText, isEntityId, otherSpellings, pick } from '../model/localized';
import type { PersonListItem, PersonPageData } from './types';

/** One page of the people (lib/data/entity-lists.ts), or null for a cursor that is no one's. */
export const getPeople = cache(
  async (locale: Locale, cursor: Cursor): Promise<KeysetPage<PersonListItem> | null> =>
    cachedPage('person', locale, cursor, async () => {
      const window = await entityWindow('person', locale, cursor);
      if (!window) return null;
      const people = await appDb().person.findMany({
        where: { id: { in: window.items } },
        include: {
          translations: true,
          roles: { orderBy: { position: 'asc' }, take: 1, include: { translations: true } },
          events: true,
        },
      });
      const items = people.map((p) => ({
        id: p.id,
        name: pick(p.translations, locale, 'name') ?? idAsText(p.id),
        role: p.roles[0] ? pick(p.roles[0].translations, locale, 'title') : null,
        singleSource: p.singleSource,
        spoke: p.events.some((e) => e.role === 'speaker'),
      }));
      return { ...window, items: inOrder(window.items, items) };
    }),
);

/** A person with everything their page shows, in `locale`; null for an unknown id. */
export const getPerson = cache(async (locale: Locale, id: string): Promise<PersonPageData | null> => {
  if (!isEntityId(id)) return null;
  const p = await appDb().person.findUnique({
    where: { id },
    include: {
      translations: true,
      aliases: { orderBy: { name: 'asc' } },
      photo: { select: photoSelect },
      roles: { orderBy: { position: 'asc' }, include: { translations: true } },
      city: { include: { translations: true, country: { include: { translations: true } } } },
      citations: withSources,
      statements: {
        orderBy: { position: 'asc' },
        include: { translations: true, citations: withSources, event: { include: { translations: true } } },
      },
      quotes: { orderBy: { id: 'asc' }, include: { source: { include: { translations: true } } } },
      events: { include: { event: { include: { translations: true } } } },
    },
  });
  if (!p) return null;
  const reports = await reportsOn('person', p.id, locale);

  return {
    id: p.id,
    locale,
    photo: p.photo && photoView(p.photo),
    name: pick(p.translations, locale, 'name') ?? idAsText(p.id),
    // The name as each language writes it, and whether a source printed it or an editor chose it.
    names: locales.flatMap((l) => {
      const row = p.translations.find((t) => t.locale === l);
      return row ? [{ locale: l, name: row.name, editorial: row.editorialRendering }] : [];
    }),
    honorific: pick(p.translations, locale, 'honorific'),
    aliases: otherSpellings(
      p.aliases,
      p.translations.map((t) => t.name),
    ),
    roles: p.roles.flatMap((r) => pick(r.translations, locale, 'title') ?? []),
    city: p.city && {
      id: p.city.id,
      name: pick(p.city.translations, locale, 'name') ?? idAsText(p.city.id),
      country: pick(p.city.country.translations, locale, 'name') ?? idAsText(p.city.countryId),
    },
    singleSource: p.singleSource,
    sources: sourcesOf(p.citations, locale),
    statements: p.statements.map((s) => ({
      summary: pick(s.translations, locale, 'summary') ?? idAsText(s.id),
      event: s.event && {
        id: s.event.id,
        name: pick(s.event.translations, locale, 'name') ?? idAsText(s.event.id),
      },
      sources: sourcesOf(s.citations, locale),
    })),
    quotes: p.quotes.map((q) => ({
      text: q.text,
      locale: q.locale,
      source: {
        id: q.source.id,
        outlet: pick(q.source.translations, locale, 'outlet') ?? idAsText(q.source.id),
      },
    })),
    events: p.events.map((e) => ({
      id: e.eventId,
      role: e.role,
      name: pick(e.event.translations, locale, 'name') ?? idAsText(e.eventId),
    })),
    articles: reports.reports,
    moreReports: reports.more,
  };
});
