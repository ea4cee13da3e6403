import type { Prisma } from '../db/generated/client';
import { windowsAround } from '../data/report-lists';
import type { ArticleFacts } from '../freshness/change';
import { REPORTS_PER_PAGE } from '../model/lists';
import type { Locale } from '../model/locales';

/**
 * A report's facts that decide what its change makes stale (lib/freshness/change.ts): its language
 * versions, what it mentions, and the pages of the lists it is on (or was on: a page is found by
 * the report's place, which an unpublication keeps). A write reads them inside its own
 * transaction, and only when a published report changed, and passes them on: nothing is read
 * again after the commit.
 */
const factsInclude = {
  translations: { select: { locale: true, slug: true, publishedAt: true } },
  people: { select: { personId: true } },
  cities: { select: { cityId: true } },
  agreements: { select: { agreementId: true } },
} as const;

type Loaded = {
  id: string;
  eventId: string | null;
  translations: Array<{ locale: Locale; slug: string; publishedAt: Date | null }>;
  people: Array<{ personId: string }>;
  cities: Array<{ cityId: string }>;
  agreements: Array<{ agreementId: string }>;
};

async function factsOf(
  db: Pick<Prisma.TransactionClient, '$queryRaw' | 'articleTranslation'>,
  article: Loaded,
): Promise<ArticleFacts> {
  const people = article.people.map((p) => p.personId);
  const cities = article.cities.map((c) => c.cityId);
  const agreements = article.agreements.map((a) => a.agreementId);
  // the lists it belongs on (lib/model/lists.ts), as report_list_entries keys them
  const lists = [
    'all',
    ...(article.eventId ? [`event:${article.eventId}`] : []),
    ...people.map((id) => `person:${id}`),
    ...cities.map((id) => `city:${id}`),
    ...agreements.map((id) => `agreement:${id}`),
  ];
  const windows = await Promise.all(
    article.translations.flatMap((t) =>
      t.publishedAt ? [windowsAround(db, lists, t.locale, article.id, t.publishedAt, REPORTS_PER_PAGE)] : [],
    ),
  );
  // the event's reports within a page of it show it among their related reports
  const nearby = windows
    .flat()
    .filter((w) => w.list.startsWith('event:') && w.cursor && w.cursor.id !== article.id)
    .map((w) => ({ articleId: w.cursor!.id, locale: w.locale }));
  const neighbours = nearby.length
    ? await db.articleTranslation.findMany({
        where: { OR: nearby, status: 'published' },
        select: { locale: true, slug: true },
      })
    : [];
  return {
    eventId: article.eventId,
    neighbours,
    translations: article.translations.map((t) => ({
      locale: t.locale,
      slug: t.slug,
      publishedAt: t.publishedAt?.toISOString() ?? null,
    })),
    people,
    cities,
    agreements,
    windows: windows.flat(),
  };
}

export async function readArticleFacts(
  db: Pick<Prisma.TransactionClient, 'article' | 'articleTranslation' | '$queryRaw'>,
  articleId: string,
): Promise<ArticleFacts | null> {
  const article = await db.article.findUnique({ where: { id: articleId }, include: factsInclude });
  return article && factsOf(db, article);
}
