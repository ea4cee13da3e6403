import type { Prisma } from '../db/generated/client';
import type { ListWindow } from '../freshness/change';
import type { Locale } from '../model/locales';
import { keysetPage, type Cursor, type KeysetPage } from '../model/lists';

/**
 * The keyset reads of `report_list_entries` (docs/decisions/028): a page of a list, and — for a
 * write — the pages of a list whose reports a change of one report alters. Both are ranges of the
 * index (list, locale, published_at DESC, article_id DESC): their cost does not grow with the list.
 */

type Queryable = Pick<Prisma.TransactionClient, '$queryRaw'>;

/**
 * The ids of one page of a list, or null when the cursor's report is not on the list (unpublished,
 * or never there: the caller sends the reader to the first page).
 */
export async function reportWindow(
  db: Queryable,
  list: string,
  locale: Locale,
  cursor: Cursor,
  size: number,
): Promise<KeysetPage<string> | null> {
  const take = size + 1;
  let rows: Array<{ id: string }>;
  if (!cursor) {
    rows = await db.$queryRaw`
      SELECT article_id AS id FROM report_list_entries WHERE list = ${list} AND locale = ${locale}::locale
      ORDER BY published_at DESC, article_id DESC LIMIT ${take}`;
  } else {
    const [key] = await db.$queryRaw<Array<{ at: Date }>>`
      SELECT published_at AS at FROM report_list_entries
      WHERE list = ${list} AND locale = ${locale}::locale AND article_id = ${cursor.id}`;
    if (!key) return null;
    rows =
      cursor.dir === 'after'
        ? await db.$queryRaw`
          SELECT article_id AS id FROM report_list_entries WHERE list = ${list} AND locale = ${locale}::locale
            AND (published_at, article_id) < (${key.at}, ${cursor.id})
          ORDER BY published_at DESC, article_id DESC LIMIT ${take}`
        : await db.$queryRaw`
          SELECT article_id AS id FROM report_list_entries WHERE list = ${list} AND locale = ${locale}::locale
            AND (published_at, article_id) > (${key.at}, ${cursor.id})
          ORDER BY published_at ASC, article_id ASC LIMIT ${take}`;
  }
  return keysetPage(
    rows.map((r) => r.id),
    cursor,
    size,
    (id) => id,
  );
}

/**
 * The pages of `lists` that show — or showed, or will show — the report `articleId` published at
 * `publishedAt` in `locale`: a page `after` one of the `size` reports just newer than it, a page
 * `before` one of the `size` reports just older, the pages after and before the report itself, and
 * the first page when it is among the newest `size`. Whether or not the report is on the list now:
 * a publication, an unpublication, a correction of its title and a change of what it mentions all
 * change exactly these pages.
 */
export async function windowsAround(
  db: Queryable,
  lists: string[],
  locale: Locale,
  articleId: string,
  publishedAt: Date,
  size: number,
): Promise<ListWindow[]> {
  if (lists.length === 0) return [];
  const rows = await db.$queryRaw<Array<{ list: string; side: 'newer' | 'older'; id: string }>>`
    SELECT l.list, 'newer' AS side, n.article_id AS id
    FROM unnest(${lists}::text[]) AS l(list)
    CROSS JOIN LATERAL (
      SELECT article_id FROM report_list_entries e
      WHERE e.list = l.list AND e.locale = ${locale}::locale AND (e.published_at, e.article_id) > (${publishedAt}, ${articleId})
      ORDER BY e.published_at ASC, e.article_id ASC LIMIT ${size}) n
    UNION ALL
    SELECT l.list, 'older', o.article_id
    FROM unnest(${lists}::text[]) AS l(list)
    CROSS JOIN LATERAL (
      SELECT article_id FROM report_list_entries e
      WHERE e.list = l.list AND e.locale = ${locale}::locale AND (e.published_at, e.article_id) < (${publishedAt}, ${articleId})
      ORDER BY e.published_at DESC, e.article_id DESC LIMIT ${size}) o`;
  return lists.flatMap((list) => {
    const newer = rows.filter((r) => r.list === list && r.side === 'newer');
    const older = rows.filter((r) => r.list === list && r.side === 'older');
    return [
      ...(newer.length < size ? [{ list, locale, cursor: null }] : []),
      ...newer.map((r) => ({ list, locale, cursor: { dir: 'after' as const, id: r.id } })),
      ...older.map((r) => ({ list, locale, cursor: { dir: 'before' as const, id: r.id } })),
      { list, locale, cursor: { dir: 'after' as const, id: articleId } },
      { list, locale, cursor: { dir: 'before' as const, id: articleId } },
    ];
  });
}

/**
 * The reports of a list nearest to one of them, newest first: up to `size`, alternately the next
 * newer and the next older (a report's "related reports" on its event). A report's neighbours
 * within `size` places are the only ones whose choice its change can alter — the same reports
 * `windowsAround` names by their pages' cursors.
 */
export async function nearestOnList(
  db: Queryable,
  list: string,
  locale: Locale,
  articleId: string,
  size: number,
): Promise<string[]> {
  const [older, newer] = await Promise.all([
    reportWindow(db, list, locale, { dir: 'after', id: articleId }, size),
    reportWindow(db, list, locale, { dir: 'before', id: articleId }, size),
  ]);
  if (!older || !newer) return [];
  const up = [...newer.items].reverse(); // nearest first
  const down = older.items;
  const chosen: string[] = [];
  for (let i = 0; chosen.length < size && (i < up.length || i < down.length); i++) {
    if (i < up.length) chosen.push(up[i]!);
    if (i < down.length && chosen.length < size) chosen.push(down[i]!);
  }
  // in the list's order: newer ones (as found, reversed back), then older ones
  return [...newer.items.filter((id) => chosen.includes(id)), ...down.filter((id) => chosen.includes(id))];
}
