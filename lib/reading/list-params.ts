import { z } from 'zod';
import { first } from '../http/form-values';
import { isEntityId } from '../model/localized';
import { listFilterKinds, type Cursor, type ReportListFilter } from '../model/lists';

/**
 * The query of a keyset list (lib/model/lists.ts), validated at the edge: at most one filter (a
 * kind's id, for report lists), at most one cursor (`after` or `before` a row's id). Anything
 * malformed maps to the nearest sensible request instead of an error: it is dropped, and the
 * request is marked for a redirect to its canonical address. `page=N` (the numbered pages before
 * keyset pages) goes to the first page.
 */
const id = z.string().refine(isEntityId);

export type ListQuery = { filter: ReportListFilter; cursor: Cursor; canonical: boolean };

export function parseListQuery(
  raw: Record<string, string | string[] | undefined>,
  filterKinds: readonly string[] = listFilterKinds,
): ListQuery {
  const filters = filterKinds.flatMap((kind) => {
    const value = first(raw[kind]);
    return value !== undefined && id.safeParse(value).success ? [{ kind, id: value }] : [];
  });
  const cursors = (['after', 'before'] as const).flatMap((dir) => {
    const value = first(raw[dir]);
    return value !== undefined && id.safeParse(value).success ? [{ dir, id: value }] : [];
  });
  const filter = (filters[0] as ReportListFilter | undefined) ?? null;
  const cursor = cursors[0] ?? null;
  const used = new Set<string>([...(filter ? [filter.kind] : []), ...(cursor ? [cursor.dir] : [])]);
  // canonical: every parameter was used as it was written, once
  const canonical = Object.entries(raw).every(([k, v]) => used.has(k) && typeof v === 'string');
  return { filter, cursor, canonical };
}
