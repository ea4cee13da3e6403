import { appDb } from '../db/app-client';
import type { EntityKind } from '../model/kinds';
import { listKey } from '../model/lists';
import type { Locale } from '../model/locales';
import { reportWindow } from './report-lists';
import type { ReportLink } from './types';

/** How many of its reports an entity's page shows; the rest are a link to its list away. */
export const REPORTS_ON_ENTITY_PAGE = 10;

/**
 * The newest reports on an entity published in `locale` (the first page of its list, one index
 * range), and whether it has more: the page links to the whole list (/articles?<kind>=<id>).
 */
export async function reportsOn(
  kind: EntityKind,
  id: string,
  locale: Locale,
): Promise<{ reports: ReportLink[]; more: boolean }> {
  const db = appDb();
  const window = await reportWindow(db, listKey({ kind, id }), locale, null, REPORTS_ON_ENTITY_PAGE);
  if (!window || window.items.length === 0) return { reports: [], more: false };
  const rows = await db.articleTranslation.findMany({
    where: { locale, articleId: { in: window.items } },
    select: { articleId: true, slug: true, title: true, publishedAt: true },
  });
  const byId = new Map(rows.map((r) => [r.articleId, r]));
  return {
    reports: window.items.flatMap((articleId) => {
      const r = byId.get(articleId);
      return r
        ? [{ id: articleId, slug: r.slug, title: r.title, publishedAt: r.publishedAt ?? new Date(0) }]
        : [];
    }),
    more: window.older !== null,
  };
}
