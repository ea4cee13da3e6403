import 'server-only';
import { cache } from 'react';
import { appDb } from '../db/app-client';
import { photoSelect, photoView } from './photos';
import { locales, type Locale } from '../model/locales';
import { idAsText, isEntityId, otherSpellings, pick } from '../model/localized';
import { reportsOn } from './reports';
import type { CityListItem, CityPageData } from './types';

export const getCities = cache(async (locale: Locale): Promise<CityListItem[]> => {
  const rows = await appDb().city.findMany({
    include: { translations: true, country: { include: { translations: true } }, events: true },
  });
  return rows
    .map((c) => ({
      id: c.id,
      kind: c.kind,
      name: pick(c.translations, locale, 'name') ?? idAsText(c.id),
      country: pick(c.country.translations, locale, 'name') ?? idAsText(c.countryId),
      latitude: c.latitude.toNumber(),
      longitude: c.longitude.toNumber(),
      inMainDialogue: c.events.some((e) => e.inMainDialogue),
      eventIds: c.events.map((e) => e.eventId),
    }))
    .sort((a, b) => b.latitude - a.latitude);
});

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
