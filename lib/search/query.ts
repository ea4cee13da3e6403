import { z } from 'zod';
import { appDb } from '../db/app-client';
import type { Db } from '../db/client';
import { isEntityId } from '../data/localized';
import type { Locale } from '../i18n/locales';
import { fold, parseQuery, snippet, words, type ParsedQuery, type SnippetPart } from './text';

/**
 * The reader's search: full-text matches in every language (the reader's own first, one result
 * per report or entry), glossary names that bring in an entry and everything that mentions it
 * whatever the language of the query, filters by type and event, pages of ten.
 */

export const searchKinds = ['article', 'person', 'city', 'agreement', 'event'] as const;
export type SearchKind = (typeof searchKinds)[number];
export const PAGE_SIZE = 10;

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);
/** Query-string parameters; anything malformed falls back to "no filter" rather than an error. */
export const searchParamsSchema = z.object({
  // cut, not refused: the search itself caps the query and tells the reader (SEARCH_LIMITS)
  q: z.preprocess(first, z.string().catch('').default('')).transform((q) => q.slice(0, 1000)),
  type: z.preprocess(first, z.enum(searchKinds).optional().catch(undefined)),
  event: z.preprocess(first, z.string().refine(isEntityId).optional().catch(undefined)),
  page: z.preprocess(first, z.coerce.number().int().min(1).max(1000).catch(1)).default(1),
});
export type SearchParams = z.infer<typeof searchParamsSchema>;

/** The query string of a search request (parameters at their defaults are left out). */
export function searchQueryString({ q, type, event, page }: SearchParams): string {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  if (type) params.set('type', type);
  if (event) params.set('event', event);
  if (page > 1) params.set('page', String(page));
  const s = params.toString();
  return s ? `?${s}` : '';
}

export type SearchResult = {
  kind: SearchKind;
  entityId: string;
  locale: Locale;
  title: string;
  /** the title cut into plain and highlighted parts */
  titleParts: SnippetPart[];
  path: string;
  publishedAt: Date | null;
  /** a passage around the first match (Chinese passages are shorter: each character says more) */
  snippet: SnippetPart[];
  /** every language the page exists in, with its path there (the matched one included) */
  versions: Partial<Record<Locale, string>>;
};
export type SearchOutcome =
  | { status: 'empty'; truncated: false }
  | {
      status: 'ok';
      query: ParsedQuery;
      total: number;
      counts: Record<SearchKind, number>;
      results: SearchResult[];
      page: number;
      pages: number;
    };

// ───────────── glossary ─────────────

type GlossaryName = { key: string; name: string };
let glossary: { at: number; names: GlossaryName[] } | null = null;
const GLOSSARY_TTL_MS = 30_000;

const normalizeName = (text: string) => ` ${words(text).map(fold).join(' ')} `;

async function glossaryNames(db: Db): Promise<GlossaryName[]> {
  if (glossary && Date.now() - glossary.at < GLOSSARY_TTL_MS) return glossary.names;
  const rows = await db.$queryRaw<Array<{ key: string; name: string }>>`
    SELECT 'person:' || person_id AS key, name FROM person_translations
    UNION SELECT 'person:' || person_id, name FROM person_aliases
    UNION SELECT 'city:' || city_id, name FROM city_translations
    UNION SELECT 'city:' || city_id, name FROM city_aliases
    UNION SELECT 'agreement:' || agreement_id, name FROM agreement_translations
    UNION SELECT 'agreement:' || agreement_id, name FROM agreement_aliases
    UNION SELECT 'event:' || event_id, name FROM event_translations`;
  const names = rows
    .map((r) => ({ key: r.key, name: normalizeName(r.name) }))
    .filter((r) => r.name.trim().length >= 2);
  glossary = { at: Date.now(), names };
  return names;
}

/** Glossary entries named in the query, in any language or spelling variant ("Nam Ninh" → city:nanning). */
export async function glossaryKeys(db: Db, text: string): Promise<string[]> {
  const query = normalizeName(text);
  if (!query.trim()) return [];
  return [...new Set((await glossaryNames(db)).filter((n) => query.includes(n.name)).map((n) => n.key))];
}

// ───────────── search ─────────────

type Row = {
  kind: SearchKind;
  entity_id: string;
  locale: Locale;
  title: string;
  body: string;
  path: string;
  published_at: Date | null;
  versions: Partial<Record<Locale, string>>;
};

export async function search(params: SearchParams, locale: Locale, db: Db = appDb()): Promise<SearchOutcome> {
  const query = parseQuery(params.q);
  if (!query) return { status: 'empty', truncated: false };
  const keys = await glossaryKeys(db, query.text);
  const type = params.type ?? null;
  const event = params.event ?? null;
  const offset = (params.page - 1) * PAGE_SIZE;
  const page = db.$queryRaw<Row[]>`
    WITH q AS (
      SELECT to_tsquery('simple', ${query.simple}) || to_tsquery('english', ${query.english}) AS query,
             CASE WHEN ${query.exact} = '' THEN NULL ELSE to_tsquery('simple', ${query.exact}) END AS exact
    ), hits AS (
      SELECT DISTINCT ON (d.kind, d.entity_id)
             d.kind, d.entity_id, d.locale, d.title, d.body, d.path, d.published_at,
             ts_rank(d.tsv, q.query)
               + CASE WHEN q.exact IS NOT NULL AND d.tsv @@ q.exact THEN 1 ELSE 0 END
               + CASE WHEN (d.kind || ':' || d.entity_id) = ANY(${keys}::text[]) THEN 2
                      WHEN d.entities && ${keys}::text[] THEN 0.5 ELSE 0 END AS rank
      FROM search_documents d, q
      WHERE (d.tsv @@ q.query OR d.entities && ${keys}::text[])
        AND (${type}::text IS NULL OR d.kind = ${type}::text)
        AND (${event}::text IS NULL OR d.event_id = ${event}::text)
      ORDER BY d.kind, d.entity_id, (d.locale = ${locale}::locale) DESC, rank DESC
    ), top AS (
      SELECT kind, entity_id, locale, title, body, path, published_at,
             row_number() OVER (ORDER BY (locale = ${locale}::locale) DESC, rank DESC,
                                         published_at DESC NULLS LAST, title) AS n
      FROM hits
      ORDER BY n
      LIMIT ${PAGE_SIZE} OFFSET ${offset}
    )
    -- the languages each result exists in (and its address in each), for the page's ten rows only
    SELECT top.*, (SELECT json_object_agg(x.locale, x.path) FROM search_documents x
                   WHERE x.kind = top.kind AND x.entity_id = top.entity_id) AS versions
    FROM top
    ORDER BY n`;
  const counted = db.$queryRaw<Array<{ kind: SearchKind; count: bigint }>>`
    WITH q AS (SELECT to_tsquery('simple', ${query.simple}) || to_tsquery('english', ${query.english}) AS query)
    SELECT d.kind, count(DISTINCT d.entity_id) AS count
    FROM search_documents d, q
    WHERE (d.tsv @@ q.query OR d.entities && ${keys}::text[])
      AND (${event}::text IS NULL OR d.event_id = ${event}::text)
    GROUP BY d.kind`;
  const [rows, kinds] = await Promise.all([page, counted]);
  const counts = Object.fromEntries(searchKinds.map((k) => [k, 0])) as Record<SearchKind, number>;
  for (const k of kinds) counts[k.kind] = Number(k.count);
  const total = type ? counts[type] : Object.values(counts).reduce((a, b) => a + b, 0);
  return {
    status: 'ok',
    query,
    total,
    counts,
    page: params.page,
    pages: Math.max(1, Math.ceil(total / PAGE_SIZE)),
    results: rows.map((r) => ({
      kind: r.kind,
      entityId: r.entity_id,
      locale: r.locale,
      title: r.title,
      path: r.path,
      publishedAt: r.published_at,
      titleParts: snippet(r.title, query.highlight, Array.from(r.title).length),
      // a report's body is its paragraphs; a glossary entry's is a list (other names, role, region…)
      snippet: snippet(
        r.body.replaceAll('\n', r.kind === 'article' ? ' ' : ' · '),
        query.highlight,
        r.locale === 'zh' ? 90 : 160,
      ),
      versions: r.versions,
    })),
  };
}
