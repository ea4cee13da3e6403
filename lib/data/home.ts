import 'server-only';
import { cache } from 'react';
import { appDb } from '../db/app-client';
import type { Locale } from '../model/locales';
import { pick } from '../model/localized';
import type { HomePageData } from './types';
import { articleSummary, summarySelect } from './articles';

/** The most recent event with its key figures, and the latest published reports in `locale`. */
export const getHomePage = cache(async (locale: Locale): Promise<HomePageData> => {
  const db = appDb();
  const [event, latest] = await Promise.all([
    db.event.findFirst({
      orderBy: { startsOn: 'desc' },
      include: {
        translations: true,
        city: { include: { translations: true } },
        figures: { include: { citations: { include: { source: { include: { translations: true } } } } } },
        cities: { include: { city: { include: { translations: true } } } },
      },
    }),
    db.articleTranslation.findMany({
      where: { locale, status: 'published', publishedAt: { not: null } },
      orderBy: { publishedAt: 'desc' },
      take: 10,
      select: summarySelect,
    }),
  ]);

  return {
    event: event && {
      id: event.id,
      name: pick(event.translations, locale, 'name') ?? { text: event.id, locale: 'en' },
      theme: pick(event.translations, locale, 'theme'),
      city: pick(event.city.translations, locale, 'name') ?? { text: event.cityId, locale: 'en' },
      startsOn: event.startsOn,
      endsOn: event.endsOn,
      figures: event.figures
        .sort((a, b) => a.metric.localeCompare(b.metric))
        .map((f) => ({
          metric: f.metric,
          value: f.value,
          qualifier: f.qualifier,
          sources: f.citations.flatMap((c) => pick(c.source.translations, locale, 'outlet') ?? []),
        })),
      cities: event.cities.map(({ city }) => ({
        id: city.id,
        name: pick(city.translations, locale, 'name') ?? { text: city.id, locale: 'en' as const },
        latitude: city.latitude.toNumber(),
        longitude: city.longitude.toNumber(),
      })),
    },
    latest: latest.map(articleSummary),
  };
});
