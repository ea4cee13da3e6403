import 'server-only';
import { cache } from 'react';
import { appDb } from '../db/app-client';
import { locales, type Locale } from '../model/locales';
import { linkEntities, namesInLocale, type EntityNames, type TextRun } from '../model/entity-links';
import { isEntityId, pick } from '../model/localized';
import { nearestOnList } from './report-lists';
import { REPORTS_PER_PAGE } from '../model/lists';
import { runsSchema } from '../model/rich-text';
import type { Prisma } from '../db/generated/client';
import type { ArticlePageData, ArticleSummary, ArticleVersion, ReportLink } from './types';
import { photoSelect, photoView } from './photos';
import { summaryOf } from '../model/summary';
import { changesOf } from '../model/corrections';

/** What a list of reports shows of each published version: headline, standfirst, date, lead photo. */
export const summarySelect = {
  articleId: true,
  slug: true,
  title: true,
  standfirst: true,
  publishedAt: true,
  article: { select: { leadPhoto: { select: photoSelect } } },
} as const;

/** A version read with `summarySelect`, as lists show it. */
export function articleSummary(
  r: Prisma.ArticleTranslationGetPayload<{ select: typeof summarySelect }>,
): ArticleSummary {
  return {
    id: r.articleId,
    slug: r.slug,
    title: r.title,
    standfirst: r.standfirst,
    publishedAt: r.publishedAt ?? new Date(0),
    photo: r.article.leadPhoto && photoView(r.article.leadPhoto),
  };
}

function storedRunsOf(p: { text: string; runs: unknown }): TextRun[] {
  const parsed = p.runs === null ? null : runsSchema.safeParse(p.runs);
  return parsed?.success ? parsed.data : [{ text: p.text }];
}

/** load: the published version and everything its page shows, in one query. */
function loadArticle(locale: Locale, slug: string) {
  return appDb().articleTranslation.findUnique({
    where: { locale_slug: { locale, slug } },
    select: {
      status: true,
      publishedAt: true,
      updatedAt: true,
      outdatedSince: true,
      article: {
        include: {
          reviews: {
            where: { locale, decision: 'approved' },
            orderBy: { at: 'asc' },
            include: { reviewer: { select: { name: true, role: true } } },
          },
          paragraphs: {
            orderBy: { position: 'asc' },
            include: { photo: { include: { translations: true } } },
          },
          leadPhoto: { include: { translations: true } },
          // Every published language version with its text: the page offers them side by side.
          translations: {
            where: { status: 'published' },
            select: { locale: true, slug: true, title: true, standfirst: true, paragraphs: true },
          },
          event: { include: { translations: true } },
          people: { include: { person: { include: { translations: true, aliases: true } } } },
          cities: { include: { city: { include: { translations: true, aliases: true } } } },
          agreements: { include: { agreement: { include: { translations: true, aliases: true } } } },
          source: { include: { translations: true, reviewers: { orderBy: { position: 'asc' } } } },
          // the corrections printed under each version, and those waiting for this one's own
          corrections: {
            orderBy: [{ publishedAt: 'asc' }, { id: 'asc' }],
            select: {
              locale: true,
              note: true,
              publishedAt: true,
              changes: true,
              source: { select: { locale: true, publishedAt: true } },
            },
          },
        },
      },
    },
  });
}

type Loaded = NonNullable<Awaited<ReturnType<typeof loadArticle>>>;
type Version = Loaded['article']['translations'][number];

/** shape: the page's data from the loaded rows, each slot's text as stored (structured runs or plain). */
function shapeArticle(
  row: Loaded & { publishedAt: Date },
  locale: Locale,
  versions: Version[],
  current: Version,
): ArticlePageData {
  const { article } = row;
  // what search results and link previews say of it: the standfirst, else its first paragraph
  const firstParagraph = article.paragraphs
    .filter((p) => p.kind === 'paragraph')
    .map((p) => current.paragraphs.find((t) => t.paragraphKey === p.key))
    .find((t) => t?.text.trim());
  return {
    id: article.id,
    locale,
    title: current.title,
    standfirst: current.standfirst,
    description: current.standfirst.trim() || summaryOf(firstParagraph?.text ?? ''),
    publishedAt: row.publishedAt,
    updatedAt: row.updatedAt,
    outdatedSince: row.outdatedSince,
    signOffs: [
      ...new Map(
        article.reviews.map((r) => [r.reviewerId, { name: r.reviewer.name, role: r.reviewer.role }]),
      ).values(),
    ],
    event: article.event && {
      id: article.event.id,
      name: pick(article.event.translations, locale, 'name') ?? { text: article.event.id, locale: 'en' },
    },
    source: article.source && {
      outlet: pick(article.source.translations, locale, 'outlet') ?? {
        text: article.source.id,
        locale: 'en',
      },
      releasedAt: article.source.releasedAt,
      releasedAtPrecision: article.source.releasedAtPrecision,
      reviewers: article.source.reviewers.map((r) => ({ name: r.name, role: r.role })),
    },
    versions: versions.map(({ locale, slug, title, standfirst }) => ({ locale, slug, title, standfirst })),
    mentions: {
      people: article.people.map(({ person }) => ({
        id: person.id,
        name: pick(person.translations, locale, 'name') ?? { text: person.id, locale: 'en' },
      })),
      cities: article.cities.map(({ city }) => ({
        id: city.id,
        name: pick(city.translations, locale, 'name') ?? { text: city.id, locale: 'en' },
      })),
      agreements: article.agreements.map(({ agreement }) => ({
        id: agreement.id,
        name: pick(agreement.translations, locale, 'name') ?? { text: agreement.id, locale: 'en' },
      })),
    },
    related: [],
    corrections: Object.fromEntries(
      versions.map((v) => [
        v.locale,
        article.corrections.flatMap((c) =>
          c.locale === v.locale && c.note !== null && c.publishedAt
            ? [{ note: c.note, publishedAt: c.publishedAt, parts: changesOf(c.changes).map((x) => x.on) }]
            : [],
        ),
      ]),
    ),
    pendingCorrections: article.corrections.flatMap((c) =>
      c.locale === locale && c.publishedAt === null && c.source?.publishedAt
        ? [{ locale: c.source.locale, publishedAt: c.source.publishedAt }]
        : [],
    ),
    // The shared, ordered slots; a language that lacks a slot simply has no text for it.
    leadPhoto: article.leadPhoto ? photoView(article.leadPhoto) : null,
    slots: article.paragraphs.map((p) => ({
      key: p.key,
      kind: p.kind,
      ...(p.photo && p.kind === 'caption' ? { photo: photoView(p.photo) } : {}),
      texts: Object.fromEntries(
        versions.flatMap((v) => {
          const stored = v.paragraphs.find((t) => t.paragraphKey === p.key);
          return stored ? [[v.locale, storedRunsOf(stored)]] : [];
        }),
      ),
    })),
  };
}

/** link: in each version's body, the first mention of each entity the report names links to its page. */
function linkArticle(page: ArticlePageData, article: Loaded['article']): ArticlePageData {
  // The names each mentioned entity goes by in a language (a person's language-free variants in all).
  const namesIn = (l: Locale): EntityNames[] => {
    const named = (
      translations: Array<{ locale: Locale; name: string }>,
      aliases: Array<{ locale: Locale | null; name: string }>,
    ) => namesInLocale(l, translations, aliases);
    return [
      ...article.people.map(({ person: e }) => ({
        kind: 'person' as const,
        id: e.id,
        names: named(e.translations, e.aliases),
      })),
      ...article.cities.map(({ city: e }) => ({
        kind: 'city' as const,
        id: e.id,
        names: named(e.translations, e.aliases),
      })),
      ...article.agreements.map(({ agreement: e }) => ({
        kind: 'agreement' as const,
        id: e.id,
        names: named(e.translations, e.aliases),
      })),
      // the event the report covers: its name links to the event and is not read as a city's
      ...(article.event
        ? [{ kind: 'event' as const, id: article.event.id, names: named(article.event.translations, []) }]
        : []),
    ];
  };
  const linked = new Map(
    page.versions.map((v) => {
      const keys = page.slots.filter((s) => s.texts[v.locale] !== undefined).map((s) => s.key);
      const runs = linkEntities(
        keys.map((k) => page.slots.find((s) => s.key === k)!.texts[v.locale]!),
        namesIn(v.locale),
      );
      return [v.locale, new Map(keys.map((k, i) => [k, runs[i]!]))];
    }),
  );
  return {
    ...page,
    slots: page.slots.map((s) => ({
      ...s,
      texts: Object.fromEntries(Object.keys(s.texts).map((l) => [l, linked.get(l as Locale)!.get(s.key)!])),
    })),
  };
}

/** A published article in `locale` by its slug in that locale, or null: load → shape → link. */
export const getArticle = cache(async (locale: Locale, slug: string): Promise<ArticlePageData | null> => {
  // A malformed slug cannot exist (content and editors only make these): no query for it.
  if (!isEntityId(slug)) return null;
  const row = await loadArticle(locale, slug);
  if (!row || row.status !== 'published' || !row.publishedAt) return null;
  const versions = locales.flatMap((l) => row.article.translations.filter((t) => t.locale === l));
  const current = versions.find((v) => v.locale === locale);
  if (!current) return null;
  const shaped = shapeArticle({ ...row, publishedAt: row.publishedAt }, locale, versions, current);
  // related reports: the event's reports published nearest to this one in this language
  const eventId = row.article.eventId;
  const related = eventId
    ? await nearestOnList(appDb(), `event:${eventId}`, locale, row.article.id, RELATED_REPORTS)
    : [];
  return linkArticle({ ...shaped, related: await relatedLinks(locale, related) }, row.article);
});

/** How many related reports a report's page shows. */
const RELATED_REPORTS = REPORTS_PER_PAGE;

async function relatedLinks(locale: Locale, ids: string[]): Promise<ReportLink[]> {
  if (ids.length === 0) return [];
  const rows = await appDb().articleTranslation.findMany({
    where: { locale, articleId: { in: ids } },
    select: { articleId: true, slug: true, title: true, publishedAt: true },
  });
  return ids.flatMap((id) => {
    const r = rows.find((row) => row.articleId === id);
    return r ? [{ id, slug: r.slug, title: r.title, publishedAt: r.publishedAt ?? new Date(0) }] : [];
  });
}

/**
 * The published language versions of the article that has `slug` in any language — for the 404
 * of a language version that does not exist ("not in Vietnamese; read it in …").
 */
export const findArticleVersions = cache(async (slug: string): Promise<ArticleVersion[]> => {
  if (!isEntityId(slug)) return [];
  const match = await appDb().articleTranslation.findFirst({
    where: { slug, status: 'published' },
    select: {
      article: {
        select: {
          translations: {
            where: { status: 'published' },
            select: { locale: true, slug: true, title: true, standfirst: true },
          },
        },
      },
    },
  });
  const translations = match?.article.translations ?? [];
  return locales.flatMap((l) => translations.filter((t) => t.locale === l));
});
