import { unstable_cache } from 'next/cache';
import { Prisma } from '../db/generated/client';
import { TAGS } from '../freshness/change';
import { appDb } from '../db/app-client';
import { keysetPage, type Cursor, type KeysetPage } from '../model/lists';
import { localeTable, type Locale } from '../model/locales';

/**
 * The section lists of people, cities, agreements and sources by keyset (docs/decisions/028): a
 * page is addressed by its neighbour's id (`after=<id>`, `before=<id>`), in each kind's own order —
 * people who spoke first, then by name as the reader's language sorts names (its ICU collation);
 * cities north to south (as the map reads); agreements and sources newest first. The order is
 * computed in the database over the kind's rows (hundreds to thousands: glossary entries, not
 * reports); a page reads only its own rows' details.
 */

/** Entries per page of a section list. */
export const ENTRIES_PER_PAGE = 40;

export type ListedKind = 'person' | 'city' | 'agreement' | 'source';

/** Each kind's rows with their order, as one subquery (`id`, `ord`: the position in the list). */
function ordered(kind: ListedKind, locale: Locale): Prisma.Sql {
  const collation = Prisma.raw(`"${localeTable[locale].collation}"`);
  switch (kind) {
    case 'person':
      return Prisma.sql`SELECT p.id, row_number() OVER (ORDER BY
          EXISTS (SELECT 1 FROM event_participants e WHERE e.person_id = p.id AND e.role = 'speaker') DESC,
          coalesce(t.name, en.name, p.id) COLLATE ${collation}, p.id) AS ord
        FROM people p
        LEFT JOIN person_translations t ON t.person_id = p.id AND t.locale = ${locale}::locale
        LEFT JOIN person_translations en ON en.person_id = p.id AND en.locale = 'en'`;
    case 'city':
      return Prisma.sql`SELECT id, row_number() OVER (ORDER BY latitude DESC, id) AS ord FROM cities`;
    case 'agreement':
      return Prisma.sql`SELECT id, row_number() OVER (ORDER BY signed_on DESC NULLS LAST, id) AS ord FROM agreements`;
    case 'source':
      return Prisma.sql`SELECT id, row_number() OVER (ORDER BY released_at DESC NULLS LAST, id) AS ord FROM sources`;
  }
}

/** The ids of one page of a kind's list, or null when the cursor's entry does not exist. */
export async function entityWindow(
  kind: ListedKind,
  locale: Locale,
  cursor: Cursor,
  size = ENTRIES_PER_PAGE,
): Promise<KeysetPage<string> | null> {
  const take = size + 1;
  const list = ordered(kind, locale);
  const rows = await appDb().$queryRaw<Array<{ id: string; found: boolean }>>(
    !cursor
      ? Prisma.sql`SELECT id, true AS found FROM (${list}) o ORDER BY ord LIMIT ${take}`
      : Prisma.sql`WITH o AS (${list}), k AS (SELECT ord FROM o WHERE id = ${cursor.id})
          SELECT o.id, true AS found FROM o, k WHERE ${cursor.dir === 'after' ? Prisma.sql`o.ord > k.ord` : Prisma.sql`o.ord < k.ord`}
          ORDER BY o.ord ${cursor.dir === 'after' ? Prisma.sql`ASC` : Prisma.sql`DESC`} LIMIT ${take}`,
  );
  if (cursor && rows.length === 0) {
    // an empty page after an existing entry is the end of the list; a missing entry is no page
    const exists = await appDb().$queryRaw<unknown[]>(
      Prisma.sql`SELECT 1 FROM (${list}) o WHERE id = ${cursor.id}`,
    );
    if (exists.length === 0) return null;
  }
  return keysetPage(
    rows.map((r) => r.id),
    cursor,
    size,
    (id) => id,
  );
}

/** `rows` in the order of `ids` (a page's entries as its window listed them). */
export function inOrder<T extends { id: string }>(ids: string[], rows: T[]): T[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/**
 * One page of a section list from Next's data cache (tagged like every list, refreshed by a
 * glossary change), so a reader costs no query; `revive` turns the cache's JSON back (dates).
 */
export function cachedPage<T>(
  kind: ListedKind,
  locale: Locale,
  cursor: Cursor,
  load: () => Promise<KeysetPage<T> | null>,
  revive: (item: T) => T = (item) => item,
): Promise<KeysetPage<T> | null> {
  return unstable_cache(load, ['section-list', kind, locale, JSON.stringify(cursor)], {
    tags: [TAGS.articleList, TAGS.section(kind)],
  })().then((page) => page && { ...page, items: page.items.map(revive) });
}
