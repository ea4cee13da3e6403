import 'server-only';
import { cache } from 'react';
import { appDb } from '../db/app-client';
import type { Locale } from '../model/locales';
import { pick, type Localized } from '../model/localized';
import type { ReportedFact, SourcePageItem } from './types';
import { cachedPage, entityWindow, inOrder } from './entity-lists';
import type { Cursor, KeysetPage } from '../model/lists';

const name = { include: { translations: true } } as const;

/** One page of the sources, newest first (lib/data/entity-lists.ts); null for an unknown cursor. */
export const getSources = cache(
  (locale: Locale, cursor: Cursor): Promise<KeysetPage<SourcePageItem> | null> =>
    cachedPage(
      'source',
      locale,
      cursor,
      () => loadSources(locale, cursor),
      (s) => ({ ...s, releasedAt: s.releasedAt && new Date(s.releasedAt) }),
    ),
);

/** Sources with what each reported (its citations, by kind of fact), in `locale`. */
const loadSources = cache(
  async (locale: Locale, cursor: Cursor): Promise<KeysetPage<SourcePageItem> | null> => {
    const window = await entityWindow('source', locale, cursor);
    if (!window) return null;
    const rows = await appDb().source.findMany({
      where: { id: { in: window.items } },
      include: {
        translations: true,
        reviewers: { orderBy: { position: 'asc' } },
        articles: {
          include: {
            translations: { where: { locale, status: 'published' }, select: { slug: true, title: true } },
          },
        },
        citations: {
          orderBy: { id: 'asc' },
          include: {
            event: name,
            programmeItem: name,
            eventPoint: name,
            eventFigure: { include: { event: name } },
            person: name,
            city: name,
            statement: { include: { translations: true, person: name } },
            agreement: name,
            agreementEquivalent: { include: { agreement: name } },
            discrepancyVersion: { include: { translations: true, discrepancy: name } },
          },
        },
      },
    });
    const text = (
      rows: Array<{ locale: Locale } & Record<string, unknown>>,
      field: string,
      fallback: string,
    ): Localized =>
      pick(rows as Array<{ locale: Locale; [k: string]: unknown }>, locale, field) ?? {
        text: fallback,
        locale: 'en',
      };

    const items = rows.map((s) => ({
      id: s.id,
      kind: s.kind,
      outlet: pick(s.translations, locale, 'outlet') ?? { text: s.id, locale: 'en' },
      byline: pick(s.translations, locale, 'byline'),
      note: pick(s.translations, locale, 'note'),
      caution: s.singleSourceCaution,
      languages: s.languages,
      releasedAt: s.releasedAt,
      releasedAtPrecision: s.releasedAtPrecision,
      reviewers: s.reviewers.map((r) => ({ name: r.name, role: r.role })),
      articles: s.articles.flatMap((a) => a.translations.map((t) => ({ slug: t.slug, title: t.title }))),
      reported: s.citations.flatMap((c): ReportedFact[] => {
        if (c.event)
          return [
            {
              kind: 'event' as const,
              text: text(c.event.translations, 'name', c.event.id),
              href: `/events/${c.event.id}`,
            },
          ];
        if (c.programmeItem)
          return [
            {
              kind: 'programme' as const,
              text: text(c.programmeItem.translations, 'title', c.programmeItem.id),
            },
          ];
        if (c.eventPoint)
          return [{ kind: 'point' as const, text: text(c.eventPoint.translations, 'text', c.eventPoint.id) }];
        if (c.eventFigure)
          return [
            {
              kind: 'figure' as const,
              text: text(c.eventFigure.event.translations, 'name', c.eventFigure.eventId),
              metric: c.eventFigure.metric,
              value: c.eventFigure.value,
            },
          ];
        if (c.person)
          return [
            {
              kind: 'person' as const,
              text: text(c.person.translations, 'name', c.person.id),
              href: `/people/${c.person.id}`,
            },
          ];
        if (c.city)
          return [
            {
              kind: 'city' as const,
              text: text(c.city.translations, 'name', c.city.id),
              href: `/cities/${c.city.id}`,
            },
          ];
        if (c.statement)
          return [
            {
              kind: 'statement' as const,
              text: text(c.statement.translations, 'summary', c.statement.id),
              by: text(c.statement.person.translations, 'name', c.statement.personId),
            },
          ];
        if (c.agreement)
          return [
            {
              kind: 'agreement' as const,
              text: text(c.agreement.translations, 'name', c.agreement.id),
              href: `/agreements/${c.agreement.id}`,
            },
          ];
        if (c.agreementEquivalent)
          return [
            {
              kind: 'equivalent' as const,
              text: text(
                c.agreementEquivalent.agreement.translations,
                'name',
                c.agreementEquivalent.agreementId,
              ),
              href: `/agreements/${c.agreementEquivalent.agreementId}`,
            },
          ];
        if (c.discrepancyVersion)
          return [
            {
              kind: 'claim' as const,
              text: text(c.discrepancyVersion.translations, 'claim', c.discrepancyVersion.id),
            },
          ];
        return [];
      }),
    }));
    return { ...window, items: inOrder(window.items, items) };
  },
);
