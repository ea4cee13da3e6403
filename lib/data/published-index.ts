import 'server-only';
import { unstable_cache } from 'next/cache';
import { appDb } from '../db/app-client';
import { TAGS } from '../freshness/change';
import type { EntitySegment } from '../model/kinds';
import { locales, type Locale } from '../model/locales';
import { pick } from '../model/localized';
import { largeRendition, type Crop } from '../model/photos';
import { photoSelect, photoView, type PhotoRow } from './photos';

/** One published language version of a report, as sitemaps and feeds list it. */
export type PublishedVersion = {
  locale: Locale;
  slug: string;
  title: string;
  standfirst: string;
  publishedAt: Date;
  updatedAt: Date;
  /** the report's lead photo, 16:9 JPEG as large as it allows (feeds' media:content, enclosure) */
  image: PublishedImage | null;
};

/** A photo's address (a JPEG rendition's path) and size, as sitemaps and feeds name it. */
export type PublishedImage = { path: string; width: number; height: number };

/** Everything public that has an address: what sitemaps and feeds are made from. */
export type PublishedIndex = {
  articles: Array<{
    id: string;
    eventName: Partial<Record<Locale, string>>;
    versions: PublishedVersion[];
    /** the photos its pages show, lead first (image sitemaps) */
    images: string[];
  }>;
} & Record<EntitySegment, Array<{ id: string; image: string | null }>>;

const imageOf = (photo: PhotoRow, crop: Crop): PublishedImage => largeRendition(photoView(photo), crop);

type Cached = Omit<PublishedIndex, 'articles'> & {
  articles: Array<
    Omit<PublishedIndex['articles'][number], 'versions'> & {
      versions: Array<
        Omit<PublishedVersion, 'publishedAt' | 'updatedAt'> & { publishedAt: string; updatedAt: string }
      >;
    }
  >;
};

const withPhoto = { id: true, photo: { select: photoSelect } } as const;

// Sitemaps and feeds are requested by crawlers and feed readers at any time: they come from Next's
// data cache (tagged like the article lists, so publishing refreshes them), not from the database.
const cachedIndex = unstable_cache(
  async (): Promise<Cached> => {
    const db = appDb();
    const [articles, events, people, cities, agreements] = await Promise.all([
      db.article.findMany({
        orderBy: { id: 'asc' },
        include: {
          translations: {
            // Only published versions exist for readers: drafts and unpublished ones appear nowhere.
            where: { status: 'published', publishedAt: { not: null } },
            select: {
              locale: true,
              slug: true,
              title: true,
              standfirst: true,
              publishedAt: true,
              updatedAt: true,
            },
          },
          event: { include: { translations: true } },
          leadPhoto: { select: photoSelect },
          paragraphs: {
            // a photo shows on a caption slot only (a slot made a paragraph keeps its photo unseen)
            where: { photoId: { not: null }, kind: 'caption' },
            orderBy: { position: 'asc' },
            select: { photo: { select: photoSelect } },
          },
        },
      }),
      db.event.findMany({ select: withPhoto, orderBy: { startsOn: 'desc' } }),
      db.person.findMany({ select: withPhoto, orderBy: { id: 'asc' } }),
      db.city.findMany({ select: withPhoto, orderBy: { id: 'asc' } }),
      db.agreement.findMany({ select: { id: true }, orderBy: { id: 'asc' } }),
    ]);
    const entries = (rows: Array<{ id: string; photo?: PhotoRow | null }>) =>
      rows.map((r) => ({ id: r.id, image: r.photo ? imageOf(r.photo, 'wide').path : null }));
    return {
      articles: articles
        .filter((a) => a.translations.length > 0)
        .map((a) => ({
          id: a.id,
          images: [
            ...(a.leadPhoto ? [imageOf(a.leadPhoto, 'wide').path] : []),
            ...a.paragraphs.flatMap((p) => (p.photo ? [imageOf(p.photo, 'whole').path] : [])),
          ],
          eventName: Object.fromEntries(
            locales.flatMap((l) => {
              const name = a.event && pick(a.event.translations, l, 'name');
              return name ? [[l, name.text]] : [];
            }),
          ),
          versions: locales.flatMap((l) =>
            a.translations
              .filter((t) => t.locale === l)
              .map((t) => ({
                locale: t.locale,
                slug: t.slug,
                title: t.title,
                standfirst: t.standfirst,
                publishedAt: t.publishedAt!.toISOString(),
                updatedAt: t.updatedAt.toISOString(),
                image: a.leadPhoto && imageOf(a.leadPhoto, 'wide'),
              })),
          ),
        })),
      events: entries(events),
      people: entries(people),
      cities: entries(cities),
      agreements: entries(agreements),
    };
  },
  ['published-index'],
  { tags: [TAGS.articleList] },
);

export async function getPublishedIndex(): Promise<PublishedIndex> {
  const cached = await cachedIndex();
  return {
    ...cached,
    articles: cached.articles.map((a) => ({
      ...a,
      versions: a.versions.map((v) => ({
        ...v,
        publishedAt: new Date(v.publishedAt),
        updatedAt: new Date(v.updatedAt),
      })),
    })),
  };
}

/** The published versions in one language, newest first (feeds). */
export function newestIn(index: PublishedIndex, locale: Locale, limit: number) {
  return index.articles
    .flatMap((a) =>
      a.versions.filter((v) => v.locale === locale).map((v) => ({ ...v, eventName: a.eventName[locale] })),
    )
    .sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime())
    .slice(0, limit);
}
