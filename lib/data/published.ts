import 'server-only';
import { unstable_cache } from 'next/cache';
import { Prisma } from '../db/generated/client';
import { appDb } from '../db/app-client';
import { TAGS } from '../freshness/change';
import type { EntityKind } from '../model/kinds';
import { locales, type Locale } from '../model/locales';
import { pick } from '../model/localized';
import { largeRendition, type Crop } from '../model/photos';
import { photoSelect, photoView, type PhotoRow } from './photos';

/**
 * What sitemaps and feeds are made from, read by index ranges (docs/decisions/028): a feed reads
 * its newest reports, the news sitemap the last 48 hours, a sitemap part its month (or day) in
 * batches, the sitemap index one row per month. None of them reads the whole archive.
 */

/** One published language version of a report, as feeds list it. */
export type PublishedVersion = {
  locale: Locale;
  slug: string;
  title: string;
  standfirst: string;
  publishedAt: Date;
  updatedAt: Date;
  /** the report's lead photo, 16:9 JPEG as large as it allows (feeds' media:content, enclosure) */
  image: PublishedImage | null;
  eventName?: string;
};

/** A photo's address (a JPEG rendition's path) and size, as sitemaps and feeds name it. */
export type PublishedImage = { path: string; width: number; height: number };

const imageOf = (photo: PhotoRow, crop: Crop): PublishedImage => largeRendition(photoView(photo), crop);

type Stored = Omit<PublishedVersion, 'publishedAt' | 'updatedAt'> & {
  publishedAt: string;
  updatedAt: string;
};
const revive = (v: Stored): PublishedVersion => ({
  ...v,
  publishedAt: new Date(v.publishedAt),
  updatedAt: new Date(v.updatedAt),
});

/** The versions of `entries` (article, locale), in their order, with what a feed shows. */
async function versionsOf(entries: Array<{ articleId: string; locale: Locale }>): Promise<Stored[]> {
  if (entries.length === 0) return [];
  const rows = await appDb().articleTranslation.findMany({
    where: { OR: entries.map(({ articleId, locale }) => ({ articleId, locale })) },
    select: {
      articleId: true,
      locale: true,
      slug: true,
      title: true,
      standfirst: true,
      publishedAt: true,
      updatedAt: true,
      article: {
        select: {
          leadPhoto: { select: photoSelect },
          event: { select: { translations: { select: { locale: true, name: true } } } },
        },
      },
    },
  });
  const byKey = new Map(rows.map((r) => [`${r.articleId}/${r.locale}`, r]));
  return entries.flatMap(({ articleId, locale }) => {
    const r = byKey.get(`${articleId}/${locale}`);
    if (!r?.publishedAt) return [];
    return [
      {
        locale: r.locale,
        slug: r.slug,
        title: r.title,
        standfirst: r.standfirst,
        publishedAt: r.publishedAt.toISOString(),
        updatedAt: r.updatedAt.toISOString(),
        image: r.article.leadPhoto && imageOf(r.article.leadPhoto, 'wide'),
        ...(r.article.event && { eventName: pick(r.article.event.translations, locale, 'name')?.text }),
      },
    ];
  });
}

/** The newest `limit` versions in `locale` (a feed), from the data cache: tagged per language. */
export async function newestIn(locale: Locale, limit: number): Promise<PublishedVersion[]> {
  const stored = await unstable_cache(
    async () => {
      const entries = await appDb().reportListEntry.findMany({
        where: { list: 'all', locale },
        orderBy: [{ publishedAt: 'desc' }, { articleId: 'desc' }],
        take: limit,
        select: { articleId: true, locale: true },
      });
      return versionsOf(entries);
    },
    ['feed', locale, String(limit)],
    { tags: [TAGS.feed(locale), TAGS.articleList] },
  )();
  return stored.map(revive);
}

/** Every version published since `since` (the news sitemap's 48 hours), oldest first. */
export async function publishedSince(since: Date): Promise<PublishedVersion[]> {
  // the hour is part of the key: the window moves, and a publication refreshes it at once (tag)
  const from = new Date(Math.floor(since.getTime() / 3_600_000) * 3_600_000);
  const stored = await unstable_cache(
    async () => {
      const entries = await appDb().reportListEntry.findMany({
        where: { list: 'all', publishedAt: { gte: from } },
        orderBy: [{ publishedAt: 'asc' }, { articleId: 'asc' }, { locale: 'asc' }],
        // a news sitemap holds at most 1,000 URLs (Google's limit)
        take: 1000,
        select: { articleId: true, locale: true },
      });
      return versionsOf(entries);
    },
    ['news-sitemap', from.toISOString()],
    { tags: [TAGS.newsSitemap, TAGS.articleList], revalidate: 3600 },
  )();
  return stored.map(revive).filter((v) => v.publishedAt >= since);
}

// ─────────────────────────── sitemap parts ───────────────────────────

/** The sitemap's report parts as the index sees them: months, and the days of crowded months. */
export async function sitemapCalendar(limit: number): Promise<{
  months: Array<{ month: string; urls: number; lastmod: Date }>;
  days: Array<{ day: string; urls: number; lastmod: Date }>;
}> {
  const db = appDb();
  const months = (
    await db.sitemapMonth.findMany({ where: { urls: { gt: 0 } }, orderBy: { month: 'asc' } })
  ).map((m) => ({ month: m.month.toISOString().slice(0, 7), urls: m.urls, lastmod: m.lastmod }));
  const crowded = months.filter((m) => m.urls > limit);
  const days = crowded.length
    ? await db.sitemapDay.findMany({
        where: {
          urls: { gt: 0 },
          OR: crowded.map((m) => ({
            day: { gte: new Date(`${m.month}-01T00:00:00Z`), lt: nextMonth(m.month) },
          })),
        },
        orderBy: { day: 'asc' },
      })
    : [];
  return {
    months,
    days: days.map((d) => ({ day: d.day.toISOString().slice(0, 10), urls: d.urls, lastmod: d.lastmod })),
  };
}

const nextMonth = (month: string) => {
  const d = new Date(`${month}-01T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + 1);
  return d;
};

/** How many pages each entity kind has (the index splits a kind past the part limit). */
export async function entityCounts(): Promise<Record<EntityKind, number>> {
  const db = appDb();
  const [event, person, city, agreement] = await Promise.all([
    db.event.count(),
    db.person.count(),
    db.city.count(),
    db.agreement.count(),
  ]);
  return { event, person, city, agreement };
}

/** A report URL of a sitemap part: its version, the report's other versions, its photos. */
export type ReportUrl = {
  locale: Locale;
  slug: string;
  lastModified: Date;
  alternates: Array<{ locale: Locale; slug: string }>;
  images: string[];
};

type Position = { publishedAt: Date; articleId: string; locale: Locale };

/**
 * One batch of the report URLs published in [from, to), after `position` (keyset: time, report,
 * language), with what their entries show. Returns the batch and the position to go on from.
 */
export async function reportUrls(
  from: Date,
  to: Date,
  after: Position | null,
  batch: number,
): Promise<{ urls: ReportUrl[]; next: Position | null }> {
  const db = appDb();
  // the time index (list, published_at, article_id, locale): a batch starts where the last ended
  const entries = await db.$queryRaw<Array<Position>>`
    SELECT published_at AS "publishedAt", article_id AS "articleId", locale::text AS locale
    FROM report_list_entries
    WHERE list = 'all' AND published_at >= ${after?.publishedAt ?? from} AND published_at < ${to}
      ${after ? Prisma.sql`AND (published_at, article_id, locale) > (${after.publishedAt}, ${after.articleId}, ${after.locale}::locale)` : Prisma.empty}
    ORDER BY published_at, article_id, locale
    LIMIT ${batch}`;
  if (entries.length === 0) return { urls: [], next: null };
  const ids = [...new Set(entries.map((e) => e.articleId))];
  const articles = await db.article.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      translations: {
        where: { status: 'published', publishedAt: { not: null } },
        select: { locale: true, slug: true, updatedAt: true },
      },
      leadPhoto: { select: photoSelect },
      paragraphs: {
        // a photo shows on a caption slot only (a slot made a paragraph keeps its photo unseen)
        where: { photoId: { not: null }, kind: 'caption' },
        orderBy: { position: 'asc' },
        select: { photo: { select: photoSelect } },
      },
    },
  });
  const byId = new Map(articles.map((a) => [a.id, a]));
  const urls = entries.flatMap((e) => {
    const a = byId.get(e.articleId);
    const own = a?.translations.find((t) => t.locale === e.locale);
    if (!a || !own) return [];
    return [
      {
        locale: e.locale,
        slug: own.slug,
        lastModified: new Date(Math.max(...a.translations.map((t) => t.updatedAt.getTime()))),
        alternates: locales.flatMap((l) =>
          a.translations.filter((t) => t.locale === l).map((t) => ({ locale: l, slug: t.slug })),
        ),
        images: [
          ...(a.leadPhoto ? [imageOf(a.leadPhoto, 'wide').path] : []),
          ...a.paragraphs.flatMap((p) => (p.photo ? [imageOf(p.photo, 'whole').path] : [])),
        ],
      },
    ];
  });
  return { urls, next: entries.length === batch ? entries.at(-1)! : null };
}

/** One batch of an entity kind's pages by id after `afterId` (keyset), with their photos. */
export async function entityUrls(
  kind: EntityKind,
  afterId: string | null,
  batch: number,
): Promise<Array<{ id: string; image: string | null }>> {
  const db = appDb();
  const args = {
    where: afterId ? { id: { gt: afterId } } : {},
    orderBy: { id: 'asc' as const },
    take: batch,
    select: { id: true, photo: { select: photoSelect } },
  };
  const rows: Array<{ id: string; photo?: PhotoRow | null }> =
    kind === 'event'
      ? await db.event.findMany(args)
      : kind === 'person'
        ? await db.person.findMany(args)
        : kind === 'city'
          ? await db.city.findMany(args)
          : await db.agreement.findMany({ ...args, select: { id: true } });
  return rows.map((r) => ({ id: r.id, image: r.photo ? imageOf(r.photo, 'wide').path : null }));
}

/** The id a kind's `chunk`-th part (from 1) starts after: null for the first. */
export async function entityChunkStart(
  kind: EntityKind,
  chunk: number,
  limit: number,
): Promise<string | null> {
  if (chunk <= 1) return null;
  const table = { event: 'events', person: 'people', city: 'cities', agreement: 'agreements' }[kind];
  // parts past the first exist only for a kind with more pages than a part holds (never yet)
  const rows = await appDb().$queryRawUnsafe<Array<{ id: string }>>(
    `SELECT id FROM ${table} ORDER BY id OFFSET $1 LIMIT 1`,
    (chunk - 1) * limit - 1,
  );
  return rows[0]?.id ?? null;
}
