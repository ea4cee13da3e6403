import 'server-only';
import { unstable_cache } from 'next/cache';
import { appDb } from '../db/app-client';
import { TAGS, windowTag } from '../freshness/change';
import type { EntityKind } from '../model/kinds';
import { listKey, REPORTS_PER_PAGE, type Cursor, type ReportListFilter } from '../model/lists';
import type { Locale } from '../model/locales';
import { idAsText, pick, type Localized } from '../model/localized';
import type { ArticleListPage, ArticleSummary } from './types';
import { articleSummary, summarySelect } from './articles';
import { reportWindow } from './report-lists';

type Cached = Omit<ArticleListPage, 'items'> & {
  items: Array<Omit<ArticleSummary, 'publishedAt'> & { publishedAt: string }>;
};

type Db = ReturnType<typeof appDb>;

/** The name of the entity a list is filtered by, in `locale`; null when there is no such entity. */
async function filterName(db: Db, kind: EntityKind, id: string, locale: Locale): Promise<Localized | null> {
  const select = { select: { translations: { select: { locale: true, name: true } } }, where: { id } };
  const row =
    kind === 'event'
      ? await db.event.findUnique(select)
      : kind === 'person'
        ? await db.person.findUnique(select)
        : kind === 'city'
          ? await db.city.findUnique(select)
          : await db.agreement.findUnique(select);
  return row && (pick(row.translations, locale, 'name') ?? idAsText(id));
}

/** The reports of a page of a list, in the order of its ids. */
export async function summaries(db: Db, locale: Locale, ids: string[]): Promise<ArticleSummary[]> {
  const rows = await db.articleTranslation.findMany({
    where: { locale, articleId: { in: ids } },
    select: summarySelect,
  });
  const byId = new Map(rows.map((r) => [r.articleId, r]));
  return ids.flatMap((id) => {
    const r = byId.get(id);
    return r ? [articleSummary(r)] : [];
  });
}

async function load(locale: Locale, filter: ReportListFilter, cursor: Cursor): Promise<Cached | null> {
  const db = appDb();
  const [events, name, window] = await Promise.all([
    db.event.findMany({ orderBy: { startsOn: 'desc' }, include: { translations: true } }),
    filter ? filterName(db, filter.kind, filter.id, locale) : null,
    reportWindow(db, listKey(filter), locale, cursor, REPORTS_PER_PAGE),
  ]);
  if (filter && !name) return null;
  if (!window) return null;
  const items = await summaries(db, locale, window.items);
  return {
    filter: filter && name && { ...filter, name },
    cursor,
    newer: window.newer,
    older: window.older,
    events: events.map((e) => ({
      id: e.id,
      name: pick(e.translations, locale, 'name') ?? { text: e.id, locale: 'en' },
    })),
    items: items.map((i) => ({ ...i, publishedAt: i.publishedAt.toISOString() })),
  };
}

/**
 * One page of the published reports in `locale` (all, or one entity's), from Next's data cache:
 * a reader costs no database query. Each page is cached under its own tag (lib/freshness/change.ts
 * `windowTag`): a publication refreshes the pages around the reports it changed, not the archive.
 * Null for an unknown filter entity or a cursor that is not on the list.
 */
export async function getArticleList(
  locale: Locale,
  filter: ReportListFilter,
  cursor: Cursor,
): Promise<ArticleListPage | null> {
  const list = listKey(filter);
  const cached = await unstable_cache(
    () => load(locale, filter, cursor),
    ['report-list', locale, list, JSON.stringify(cursor)],
    {
      tags: [TAGS.articleList, windowTag({ list, locale, cursor })],
    },
  )();
  return (
    cached && { ...cached, items: cached.items.map((i) => ({ ...i, publishedAt: new Date(i.publishedAt) })) }
  );
}
