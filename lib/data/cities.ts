import 'server-only';
import { cache } from 'react';
import { appDb } from '../db/app-client';
import { photoSelect, photoView } from './photos';
import { locales, type Locale } from '../model/locales';
import { idAsText, isEntityId, otherSpellings, pick } from '../model/localized';
import { reportsOn } from './reports';
import { cachedPage, entityWindow, inOrder } from './entity-lists';
import type { Prisma } from '../db/generated/client';
import type { Cursor, KeysetPage } from '../model/lists';
import type { CityListItem, CityPageData } from './types';

type CityRow = Prisma.CityGetPayload<{
  include: { translations: true; country: { include: { translations: true } }; events: true };
}>;
const cityInclude = {
  translations: true,
  country: { include: { translations: true } },
  events: true,
} as const;

function cityItem(c: CityRow, locale: Locale): CityListItem {
  return {
    id: c.id,
    kind: c.kind,
    name: pick(c.translations, locale, 'name') ?? idAsText(c.id),
    country: pick(c.country.translations, locale, 'name') ?? idAsText(c.countryId),
    latitude: c.latitude.toNumber(),
    longitude: c.longitude.toNumber(),
    inMainDialogue: c.events.some((e) => e.inMainDialogue),
    eventIds: c.events.map((e) => e.eventId),
  };
}

/** One page of the cities, north to south (lib/data/entity-lists.ts); null for an unknown cursor. */
export const getCities = cache(
  async (locale: Locale, cursor: Cursor): Promise<KeysetPage<CityListItem> | null> =>
    cachedPage('city', locale, cursor, async () => {
      const window = await entityWindow('city', locale, cursor);
      if (!window) return null;
      const rows = await appDb().city.findMany({ where: { id: { in: window.items } }, include: cityInclude });
      return {
        ...window,
        items: inOrder(
          window.items,
          rows.map((c) => cityItem(c, locale)),
        ),
      };
    }),
);

/** The other cities that met at the events of `eventIds` (a city page's map). */
export const getNeighbours = cache(
  async (locale: Locale, id: string, eventIds: string[]): Promise<CityListItem[]> => {
    const rows = await appDb().city.findMany({
      where: { id: { not: id }, events: { some: { eventId: { in: eventIds } } } },
      include: cityInclude,
    });
    return rows.map((c) => cityItem(c, locale)).sort((a, b) => b.latitude - a.latitude);
  },
);

/** A city with everything its page shows, in `locale`; null for an unknown id. */
export const getCity = cache(async (locale: Locale, id: string): Promise<CityPageData | null> => {
  if (!isEntityId(id)) return null;
  const c = await appDb().city.findUnique({
    where: { id },
    include: {
      translations: true,
      aliases: true,
      photo: { select: photoSelect },
      country: { include: { translations: true } },
      people: { include: { translations: true } },
      parties: { include: { agreement: { include: { translations: true } } } },
      events: { include: { event: { include: { translations: true } } } },
    },
  });
  if (!c) return null;
  const reports = await reportsOn('city', c.id, locale);
  const nickname = pick(c.translations, locale, 'nickname');
  return {
    id: c.id,
    locale,
    photo: c.photo && photoView(c.photo),
    kind: c.kind,
    name: pick(c.translations, locale, 'name') ?? idAsText(c.id),
    names: locales.flatMap((l) => {
      const row = c.translations.find((t) => t.locale === l);
      return row ? [{ locale: l, name: row.name }] : [];
    }),
    aliases: otherSpellings(c.aliases, [...c.translations.map((t) => t.name), nickname?.text]),
    nickname,
    region: pick(c.translations, locale, 'region'),
    notes: pick(c.translations, locale, 'notes'),
    country: pick(c.country.translations, locale, 'name') ?? idAsText(c.countryId),
    latitude: c.latitude.toNumber(),
    longitude: c.longitude.toNumber(),
    inMainDialogue: c.events.some((e) => e.inMainDialogue),
    eventIds: c.events.map((e) => e.eventId),
    people: c.people.map((p) => ({ id: p.id, name: pick(p.translations, locale, 'name') ?? idAsText(p.id) })),
    agreements: c.parties.map((p) => ({
      id: p.agreementId,
      name: pick(p.agreement.translations, locale, 'name') ?? idAsText(p.agreementId),
    })),
    events: c.events.map((e) => ({
      id: e.eventId,
      name: pick(e.event.translations, locale, 'name') ?? idAsText(e.eventId),
      inMainDialogue: e.inMainDialogue,
    })),
    articles: reports.reports,
    moreReports: reports.more,
  };
});
