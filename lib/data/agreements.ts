import 'server-only';
import { cache } from 'react';
import { appDb } from '../db/app-client';
import type { Locale } from '../model/locales';
import { sourcesOf, withSources } from './citations';
import { reportsOn } from './reports';
import { cachedPage, entityWindow, inOrder } from './entity-lists';
import type { Cursor, KeysetPage } from '../model/lists';
import { idAsText, isEntityId, pick } from '../model/localized';
import type { AgreementListItem, AgreementPageData } from './types';

/** One page of the agreements, newest first (lib/data/entity-lists.ts); null for an unknown cursor. */
export const getAgreements = cache(
  async (locale: Locale, cursor: Cursor): Promise<KeysetPage<AgreementListItem> | null> =>
    cachedPage('agreement', locale, cursor, async () => {
      const window = await entityWindow('agreement', locale, cursor);
      if (!window) return null;
      const rows = await appDb().agreement.findMany({
        where: { id: { in: window.items } },
        include: { translations: true, event: { include: { translations: true } } },
      });
      const items = rows.map((a) => ({
        id: a.id,
        kind: a.kind,
        name: pick(a.translations, locale, 'name') ?? idAsText(a.id),
        event: a.event && {
          id: a.event.id,
          name: pick(a.event.translations, locale, 'name') ?? idAsText(a.event.id),
        },
      }));
      return { ...window, items: inOrder(window.items, items) };
    }),
);

/** An agreement with everything its page shows, in `locale`; null for an unknown id. */
export const getAgreement = cache(async (locale: Locale, id: string): Promise<AgreementPageData | null> => {
  if (!isEntityId(id)) return null;
  const a = await appDb().agreement.findUnique({
    where: { id },
    include: {
      translations: true,
      event: { include: { translations: true } },
      citations: withSources,
      parties: { include: { city: { include: { translations: true } } } },
      countries: { include: { country: { include: { translations: true } } } },
      equivalents: { include: { citations: withSources } },
      fields: { orderBy: { position: 'asc' }, include: { translations: true } },
      points: { orderBy: { position: 'asc' }, include: { translations: true } },
    },
  });
  if (!a) return null;
  const reports = await reportsOn('agreement', a.id, locale);
  return {
    id: a.id,
    locale,
    kind: a.kind,
    name: pick(a.translations, locale, 'name') ?? idAsText(a.id),
    partiesText: pick(a.translations, locale, 'partiesText'),
    notes: pick(a.translations, locale, 'notes'),
    signedOn: a.signedOn,
    event: a.event && {
      id: a.event.id,
      name: pick(a.event.translations, locale, 'name') ?? idAsText(a.event.id),
    },
    projectCount: a.projectCount,
    value:
      a.valueAmount && a.valueCurrency
        ? {
            amount: a.valueAmount.toNumber(),
            currency: a.valueCurrency,
            qualifier: a.valueQualifier ?? 'exact',
          }
        : null,
    equivalents: a.equivalents.map((e) => ({
      amount: e.amount.toNumber(),
      currency: e.currency,
      sources: sourcesOf(e.citations, locale),
    })),
    parties: a.parties.map((p) => ({
      id: p.cityId,
      name: pick(p.city.translations, locale, 'name') ?? idAsText(p.cityId),
    })),
    countries: a.countries.map((c) => pick(c.country.translations, locale, 'name') ?? idAsText(c.countryId)),
    fields: a.fields.flatMap((f) => pick(f.translations, locale, 'name') ?? []),
    points: a.points.flatMap((p) => pick(p.translations, locale, 'text') ?? []),
    sources: sourcesOf(a.citations, locale),
    articles: reports.reports,
    moreReports: reports.more,
  };
});
