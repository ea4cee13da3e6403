import 'server-only';
import { unstable_cache } from 'next/cache';
import { appDb } from '../db/app-client';
import { TAGS } from '../freshness/change';
import type { Locale } from '../model/locales';
import { pick } from '../model/localized';
import type { ArticleListPage } from './types';
import { summarySelect } from './articles';
import { photoView } from './photos';

export const ARTICLES_PER_PAGE = 5;

type Cached = Omit<ArticleListPage, 'items'> & {
  items: Array<Omit<ArticleListPage['items'][number], 'publishedAt'> & { publishedAt: string }>;
};

// The list page reads query parameters, so it renders per request; its data comes from Next's data
// cache, so readers still cost no database query. Dates are strings inside the cache (JSON).
const cachedList = unstable_cache(
  async (locale: Locale, page: number, eventId: string | null): Promise<Cached | null> => {
    const db = appDb();
    const events = await db.event.findMany({
      orderBy: { startsOn: 'desc' },
      include: { translations: true },
    });
    if (eventId && !events.some((e) => e.id === eventId)) return null;
    const where = { locale, status: 'published' as const, ...(eventId ? { article: { eventId } } : {}) };
    const [total, rows] = await Promise.all([
      db.articleTranslation.count({ where }),
      db.articleTranslation.findMany({
        where,
        orderBy: [{ publishedAt: 'desc' }, { articleId: 'asc' }],
        skip: (page - 1) * ARTICLES_PER_PAGE,
        take: ARTICLES_PER_PAGE,
        select: summarySelect,
      }),
    ]);
    return {
      page,
      pageCount: Math.max(1, Math.ceil(total / ARTICLES_PER_PAGE)),
      total,
      eventId,
      events: events.map((e) => ({
        id: e.id,
        name: pick(e.translations, locale, 'name') ?? { text: e.id, locale: 'en' },
      })),
      items: rows.map((r) => ({
        id: r.articleId,
        slug: r.slug,
        title: r.title,
        standfirst: r.standfirst,
        publishedAt: (r.publishedAt ?? new Date(0)).toISOString(),
        photo: r.article.leadPhoto && photoView(r.article.leadPhoto),
      })),
    };
  },
  ['article-list'],
  // publishing revalidates every list (lib/freshness/change.ts)
  { tags: [TAGS.articleList] },
);

/** One page of the published reports in `locale`, optionally of one event; null for an unknown event. */
export async function getArticleList(
  locale: Locale,
  page: number,
  eventId: string | null,
): Promise<ArticleListPage | null> {
  const cached = await cachedList(locale, page, eventId);
  return (
    cached && { ...cached, items: cached.items.map((i) => ({ ...i, publishedAt: new Date(i.publishedAt) })) }
  );
}
