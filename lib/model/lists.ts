import { entityKinds, type EntityKind } from './kinds';

/**
 * Lists of reports and their pages by keyset (docs/decisions/028). Every list of reports — all of
 * them, or those of one event, person, city or agreement — is one range of one index
 * (`report_list_entries`), newest first. A page is addressed by its neighbour: `after=<report id>`
 * is the page of reports older than that report, `before=<report id>` the page of newer ones, none
 * the first page. A page's address so names the same reports however many are published before it,
 * and a publication changes only the pages around the report it touched.
 */

/** Reports per page of a list. */
export const REPORTS_PER_PAGE = 5;

/** The reports of one entity (a filter on the report list), or all of them. */
export type ReportListFilter = { kind: EntityKind; id: string } | null;

/** A list's key in `report_list_entries`: 'all', 'event:<id>', 'person:<id>' … */
export const listKey = (filter: ReportListFilter): string => (filter ? `${filter.kind}:${filter.id}` : 'all');

/** The kinds a report list can be filtered by: every entity kind (the query parameter is the kind). */
export const listFilterKinds: readonly EntityKind[] = entityKinds;

/** Where a page of a list starts: after or before a report (by id), or at the top. */
export type Cursor = { dir: 'after' | 'before'; id: string } | null;

/** The query string of a page of a list, as links write it. */
export function listQueryString(filter: ReportListFilter, cursor: Cursor): string {
  const params = new URLSearchParams();
  if (filter) params.set(filter.kind, filter.id);
  if (cursor) params.set(cursor.dir, cursor.id);
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** A page of any keyset list: its rows and the cursors of the pages beside it (null: none). */
export type KeysetPage<T> = { items: T[]; newer: Cursor; older: Cursor };

/** The cursors of a page's neighbours, from the rows a keyset query returned (one more than shown). */
export function keysetPage<T>(
  rows: T[],
  cursor: Cursor,
  size: number,
  idOf: (row: T) => string,
): KeysetPage<T> {
  const more = rows.length > size;
  // a `before` query reads newest-last: its extra row is at the far (newer) end
  const items = cursor?.dir === 'before' ? rows.slice(0, size).reverse() : rows.slice(0, size);
  const first = items[0];
  const last = items.at(-1);
  const hasNewer = cursor?.dir === 'before' ? more : cursor !== null;
  const hasOlder = cursor?.dir === 'before' ? true : more;
  return {
    items,
    newer: hasNewer && first ? { dir: 'before', id: idOf(first) } : null,
    older: hasOlder && last ? { dir: 'after', id: idOf(last) } : null,
  };
}
