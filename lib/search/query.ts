import { z } from 'zod';
import { withoutControls } from '../model/text-input';
import { searchPool } from '../db/app-client';
import type { SearchDb } from '../db/client';
import { Prisma } from '../db/generated/client';
import { isEntityId } from '../model/localized';
import { locales, type Locale } from '../model/locales';
import { entityKinds, kindCodes, searchKinds, type SearchKind } from '../model/kinds';
import {
  fold,
  parseQuery,
  snippet,
  spellable,
  words,
  type Expansion,
  type ParsedQuery,
  type SnippetPart,
} from './text';
import { soundSpans } from './sounds';
import { RECENT_DOCUMENTS } from './index';
import { first } from '../http/form-values';

/**
 * The reader's search: full-text matches in every language (the reader's own first, one result
 * per report or entry), glossary names that bring in an entry and everything that mentions it
 * whatever the language of the query, filters by type and event, pages of ten.
 */

export { searchKinds, type SearchKind } from '../model/kinds';
export const PAGE_SIZE = 10;

/** Query-string parameters; anything malformed falls back to "no filter" rather than an error. */
export const searchParamsSchema = z.object({
  // cut, not refused: the search itself caps the query and tells the reader (SEARCH_LIMITS); control
  // and text-direction characters, which no one types and PostgreSQL may refuse, are spaces
  q: z
    .preprocess(first, z.string().catch('').default(''))
    .transform((q) => withoutControls(q.slice(0, 1000))),
  type: z.preprocess(first, z.enum(searchKinds).optional().catch(undefined)),
  event: z.preprocess(first, z.string().refine(isEntityId).optional().catch(undefined)),
  page: z.preprocess(first, z.coerce.number().int().min(1).max(1000).catch(1)).default(1),
  /** search exactly what was typed, even when a correction is confident ("search instead for") */
  verbatim: z.preprocess(
    first,
    z
      .literal('1')
      .transform(() => true)
      .optional()
      .catch(undefined),
  ),
  /** older matches: reports published before this instant (the "older matches" link) */
  until: z.preprocess(
    first,
    z.iso
      .datetime()
      .transform((s) => new Date(s))
      .optional()
      .catch(undefined),
  ),
});
export type SearchParams = z.infer<typeof searchParamsSchema>;

/** The query string of a search request (parameters at their defaults are left out). */
export function searchQueryString({ q, type, event, page, until, verbatim }: SearchParams): string {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  if (verbatim) params.set('verbatim', '1');
  if (type) params.set('type', type);
  if (event) params.set('event', event);
  if (until) params.set('until', until.toISOString());
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
  | { status: 'empty' }
  | {
      status: 'ok';
      query: ParsedQuery;
      total: number;
      counts: Record<SearchKind, number>;
      results: SearchResult[];
      page: number;
      pages: number;
      /** "Did you mean …": the query with its unknown words replaced by the closest the index has */
      suggestion: string | null;
      /**
       * The query as typed, when these are the results of the suggestion instead: because the
       * typed query found nothing, or because the suggestion names a glossary entry the typed
       * query does not ("Nanning Initaitve" → the Nanning Initiative).
       */
      correctedFrom: string | null;
      correctedBecause: 'nothing' | 'name' | null;
      /**
       * The reports searched: published in [since, until) (null: no bound). A common query reads
       * the newest reports, and older matches are a link away (docs/decisions/029).
       */
      window: SearchWindow;
    };
export type SearchWindow = { since: Date | null; until: Date | null };

// ───────────── glossary ─────────────

/** A name as matching reads it (padded, folded words), its key, and as it is written. */
type Name = { key: string; name: string; written: string };
const NAMES_TTL_MS = 30_000;

const normalizeName = (text: string) => ` ${words(text).map(fold).join(' ')} `;

/** The names a statement lists (`key`, `name`), normalized, kept for 30 s per process. */
function cachedNames(sql: string): (db: SearchDb) => Promise<Name[]> {
  let cache: { at: number; names: Name[] } | null = null;
  return async (db) => {
    if (cache && Date.now() - cache.at < NAMES_TTL_MS) return cache.names;
    const { rows } = await db.query<{ key: string; name: string }>(sql);
    const names = rows
      .map((r) => ({ key: r.key, name: normalizeName(r.name), written: r.name }))
      .filter((r) => r.name.trim().length >= 2);
    cache = { at: Date.now(), names };
    return names;
  };
}

/** Every name and variant of the glossary's people, cities, agreements and events. */
const glossaryNames = cachedNames(`
  SELECT 'person:' || person_id AS key, name FROM person_translations
  UNION SELECT 'person:' || person_id, name FROM person_aliases
  UNION SELECT 'city:' || city_id, name FROM city_translations
  UNION SELECT 'city:' || city_id, name FROM city_aliases
  UNION SELECT 'agreement:' || agreement_id, name FROM agreement_translations
  UNION SELECT 'agreement:' || agreement_id, name FROM agreement_aliases
  UNION SELECT 'event:' || event_id, name FROM event_translations`);

/** Every name and abbreviation of the terms (content/terms.yaml). */
const termNames = cachedNames('SELECT term_id AS key, name FROM search_terms');

/**
 * The names (padded, folded, from `normalizeName`) that occur in a normalized query, each with
 * its key — except a name inside a longer one the query also has, which is not a name of its own
 * there: "Nanning Initiative" names the agreement, not the city; "中国 东盟 自贸区" the free trade
 * area, not ASEAN.
 */
function namedIn(query: string, names: Name[]): Name[] {
  const spans = names.flatMap((n) => {
    const found: Array<{ n: Name; start: number; end: number }> = [];
    // names are padded with spaces: neighbouring names share the space between them
    for (let at = query.indexOf(n.name); at >= 0; at = query.indexOf(n.name, at + 1))
      found.push({ n, start: at + 1, end: at + n.name.length - 1 });
    return found;
  });
  const inside = (a: (typeof spans)[number]) =>
    spans.some(
      (b) => b.n.key !== a.n.key && b.start <= a.start && a.end <= b.end && b.end - b.start > a.end - a.start,
    );
  return [...new Set(spans.filter((s) => !inside(s)).map((s) => s.n))];
}

/** Glossary entries named in the query, in any language or spelling variant ("Nam Ninh" → city:nanning). */
export async function glossaryKeys(db: SearchDb, text: string): Promise<string[]> {
  const query = normalizeName(text);
  if (!query.trim()) return [];
  return [...new Set(namedIn(query, await glossaryNames(db)).map((n) => n.key))];
}

/**
 * The parts of a query that no glossary name covers (names inside longer ones included), in
 * order: what is left to be heard as a name ("Nanning Initiative 2025" leaves "2025"; "Wieng
 * Chan 2025" leaves all of it).
 */
export async function unnamedParts(db: SearchDb, text: string): Promise<string[]> {
  let query = normalizeName(text);
  for (const n of await glossaryNames(db))
    if (query.includes(n.name)) query = query.replaceAll(n.name, ' | ');
  return query
    .split('|')
    .map((part) => part.trim())
    .filter(Boolean);
}

// ───────────── sounds ─────────────

/** The closest this many entries a query sounds like, at most (equal keys first). */
const SOUND_ENTRIES = 12;

/**
 * Glossary entries a query names as they sound (lib/search/sounds.ts): "Wieng Chan" → Vientiane,
 * "Mong Kai" → Móng Cái, "nan ning" → 南宁. Each run of one to four words is compared with the
 * names' sound keys in `search_sounds`, equal or a letter or two apart (a trigram index finds the
 * candidates, `levenshtein` decides). Entries the query names exactly are left out: a sound match
 * ranks below them, and the words of a name found exactly are not heard again (the city inside
 * "Nanning Initiative" stays unnamed).
 */
export async function soundKeys(db: SearchDb, text: string, exact: string[]): Promise<string[]> {
  const spans = (await unnamedParts(db, text)).flatMap(soundSpans);
  if (spans.length === 0) return [];
  const { rows } = await db.query<{ entry: string }>(
    `SELECT s.entry FROM (
       SELECT s.entry, min(s.distance) AS distance
       FROM unnest($1::text[]) AS q(key)
       CROSS JOIN LATERAL (
         SELECT entry, 0 AS distance FROM search_sounds WHERE key = q.key
         UNION ALL
         SELECT entry, levenshtein(key, q.key) FROM search_sounds
         WHERE length(q.key) >= 6 AND key % q.key
           AND levenshtein(key, q.key) <= CASE WHEN length(q.key) >= 10 THEN 2 ELSE 1 END
       ) s
       GROUP BY s.entry
     ) s
     ORDER BY s.distance, s.entry LIMIT $2`,
    [spans.map((s) => s.key), SOUND_ENTRIES],
  );
  return rows.map((r) => r.entry).filter((entry) => !exact.includes(entry));
}

// ───────────── qualified names ─────────────

/** At most this many entries are checked as qualified by a query's words. */
const QUALIFIED_CANDIDATES = 200;

/**
 * Entries a query names with words that qualify them, in any order and language: "2025
 * memorandum Yangon", "initiative Nanning 2025". Only when words are left beside the names the
 * query has exactly (a name alone is just that name): an entry one of whose names has one of the
 * query's words, and one of whose pages has every word of the query — its kind and year are
 * written into its pages (lib/search/descriptors.ts).
 */
export async function qualifiedKeys(db: SearchDb, query: ParsedQuery): Promise<string[]> {
  // a name alone is just that name; a query whose every word is in names has nothing to qualify
  if (normalizeName(query.text).trim().split(' ').length < 2) return [];
  if ((await unnamedParts(db, query.text)).length === 0) return [];
  const asked = [...new Set(words(query.text).map(fold))].filter((w) => !/^\p{N}+$/u.test(w));
  const candidates = [
    ...new Set(
      (await glossaryNames(db)).filter((n) => asked.some((w) => n.name.includes(` ${w} `))).map((n) => n.key),
    ),
  ].slice(0, QUALIFIED_CANDIDATES);
  if (candidates.length === 0) return [];
  const split = candidates.map((key) => key.split(':') as [string, string]);
  const { rows } = await db.query<{ key: string }>(
    `SELECT DISTINCT d.kind || ':' || d.entity_id AS key
     FROM unnest($1::text[], $2::text[]) AS c(kind, id)
     JOIN search_documents d ON d.kind = c.kind AND d.entity_id = c.id
     WHERE d.tsv @@ (to_tsquery('simple', $3) || to_tsquery('english', $4))`,
    [split.map((c) => c[0]), split.map((c) => c[1]), query.simple, query.english],
  );
  return rows.map((r) => r.key);
}

// ───────────── terms ─────────────

/**
 * The terms the query names (content/terms.yaml), each with the query's words that name it and
 * the term's other names: "CAFTA" → China–ASEAN Free Trade Area, 中国—东盟自贸区, …
 */
export async function termExpansions(db: SearchDb, text: string): Promise<Expansion[]> {
  const query = normalizeName(text);
  if (!query.trim()) return [];
  const all = await termNames(db);
  const found = namedIn(query, all);
  return [...new Set(found.map((n) => n.key))].map((key) => {
    const matched = found.filter((n) => n.key === key);
    return {
      words: [...new Set(matched.flatMap((n) => n.name.trim().split(' ')))],
      alternatives: all
        .filter((n) => n.key === key && !matched.some((m) => m.name === n.name))
        .map((n) => n.written),
    };
  });
}

// ───────────── spelling ─────────────

/**
 * Below this trigram similarity a word is not offered as what the reader meant, unless it is a
 * few edits away (a third of the typed word's letters: "Initaitve" → "initiative", 0.31 and 3).
 */
const SIMILAR = 0.35;

/**
 * "Vientaine" → "Vientiane": each query word the index does not have (letters only, three or
 * more; Chinese is left to its segmentation) is compared by trigram similarity with the index's
 * words (`search_words`, GIN trigram index); the closest above SIMILAR replaces it, in the
 * reader's case and with diacritics only if the reader typed some. Null when nothing is replaced.
 */
export async function suggestSpelling(
  db: SearchDb,
  text: string,
  known: Expansion[] = [],
): Promise<string | null> {
  // a term's name or abbreviation ("CAFTA") is not a misspelling, even where no text has it
  const termWords = new Set(known.flatMap((e) => e.words));
  const asked = [...new Set(words(text).filter(spellable).map(fold))].filter((w) => !termWords.has(w));
  if (asked.length === 0) return null;
  const { rows } = await db.query<{ asked: string; word: string | null; written: string | null }>(
    `SELECT q.asked, best.word, best.written
     FROM unnest($1::text[]) AS q(asked)
     LEFT JOIN LATERAL (
       -- the word itself when the index has it (then nothing is suggested), else the closest
       (SELECT w.word, w.written FROM search_words w WHERE w.word = q.asked)
       UNION ALL
       (SELECT w.word, w.written FROM search_words w
        WHERE NOT EXISTS (SELECT 1 FROM search_words e WHERE e.word = q.asked)
          AND w.word % q.asked
          AND (similarity(w.word, q.asked) >= $2 OR levenshtein(w.word, q.asked) <= length(q.asked) / 3)
        ORDER BY similarity(w.word, q.asked) DESC, w.uses DESC, w.word
        LIMIT 1)
       LIMIT 1
     ) best ON true`,
    [asked, SIMILAR],
  );
  const replacements = new Map(
    rows.filter((r) => r.word !== null && r.word !== r.asked).map((r) => [r.asked, r]),
  );
  if (replacements.size === 0) return null;
  let changed = false;
  const suggestion = text.normalize('NFC').replace(/[\p{L}\p{M}\p{N}]+/gu, (typed) => {
    const found = replacements.get(fold(typed.toLowerCase()));
    if (!found) return typed;
    changed = true;
    const form = fold(typed.toLowerCase()) === typed.toLowerCase() ? found.word! : found.written!;
    return /^\p{Lu}/u.test(typed) ? form.charAt(0).toUpperCase() + form.slice(1) : form;
  });
  return changed ? suggestion : null;
}

// ───────────── search ─────────────

/**
 * How many of the best rows get the full-text rank, which reads each row's large vector; the rest
 * are ordered by the cheap score alone. A hundred rows cover the first pages of any query.
 */
const RANKED_ROWS = 100;
const kindOfCode = new Map(Object.entries(kindCodes).map(([kind, code]) => [code, kind as SearchKind]));

type Found = {
  kind: SearchKind;
  entity_id: string;
  locale: Locale;
  title: string;
  body: string;
  path: string;
  published_at: string | null;
  versions: Partial<Record<Locale, string>>;
};

/**
 * Two statements, run in parallel (docs/decisions/012, "Speed"):
 * - the counts per type: distinct results among the matches, found through the GIN indexes alone;
 * - the page: (1) the matches in the reader's language, each with a cheap score read from its
 *   thin row — the glossary entry itself (+2) or a page mentioning it (+0.5), the title has every
 *   word (+1), the title has them with the reader's diacritics (+1) — then, only if those do not
 *   fill the page, the other languages' matches; (2) the best hundred rows get the full rank:
 *   ts_rank over title and body, and the exact-diacritics bonus anywhere in the text; rows after
 *   them keep the cheap order; (3) one result per report or entry (its first version in that
 *   order), and the asked-for page of ten with its text and the languages it exists in.
 */
export async function search(
  params: SearchParams,
  locale: Locale,
  db: SearchDb = searchPool(),
  windows: Windows = SEARCH_WINDOWS,
): Promise<SearchOutcome> {
  const typed = parseQuery(params.q);
  if (!typed) return { status: 'empty' };
  const expansions = await termExpansions(db, typed.text);
  const query = expansions.length ? parseQuery(params.q, expansions)! : typed;
  const [outcome, suggestion] = await Promise.all([
    searchWindows(query, params, locale, db, windows),
    suggestSpelling(db, query.text, expansions),
  ]);
  const typedOnly = { ...outcome, suggestion, correctedFrom: null, correctedBecause: null };
  if (!suggestion) return typedOnly;
  // the suggestion is searched instead when the typed query found nothing, or when it names an
  // entry the typed one does not: a misspelt word beside a right one is then not dropped
  const because =
    outcome.total === 0
      ? 'nothing'
      : !params.verbatim && (await namesMore(db, suggestion, query.text))
        ? 'name'
        : null;
  if (!because) return typedOnly;
  const meant = parseQuery(suggestion, await termExpansions(db, suggestion));
  if (!meant) return typedOnly;
  const corrected = await searchWindows(meant, { ...params, q: suggestion }, locale, db, windows);
  if (corrected.total === 0) return because === 'nothing' ? { ...typedOnly, suggestion: null } : typedOnly;
  return { ...corrected, suggestion, correctedFrom: query.text, correctedBecause: because };
}

/** Whether `suggestion` names a glossary entry exactly that `typed` names neither exactly nor as it sounds. */
async function namesMore(db: SearchDb, suggestion: string, typed: string): Promise<boolean> {
  const [meant, asTyped] = await Promise.all([glossaryKeys(db, suggestion), glossaryKeys(db, typed)]);
  const heard = await soundKeys(db, typed, asTyped);
  return meant.some((key) => !asTyped.includes(key) && !heard.includes(key));
}

// ───────────── windows ─────────────

/**
 * How many of the newest report versions a search reads first, and then how many at most
 * (`recent`, the versions the indexer keeps in the partial indexes, lib/search/index.ts): a
 * common word is answered from the newest reports, and a rarer one from the recent ones, at the
 * same cost whatever the archive's size (docs/decisions/029). The whole archive is read when the
 * recent versions have no match at all, and for "older matches" (`until`).
 */
export const SEARCH_WINDOWS = { first: 3_000, recent: RECENT_DOCUMENTS } as const;
type Windows = { first: number; recent: number };
/** The glossary entries a query names: exactly, qualified by its other words, and only as they sound. */
type Named = { keys: string[]; qualified: string[]; sounds: string[] };

/** The publication time of the `size`-th newest version before `until` (null: no more than that). */
async function windowStart(db: SearchDb, until: Date | null, size: number): Promise<Date | null> {
  const { rows } = await db.query<{ published_at: Date }>(
    `SELECT published_at FROM search_documents
     WHERE published_at IS NOT NULL AND ($1::timestamptz IS NULL OR published_at < $1::timestamptz)
     ORDER BY published_at DESC OFFSET $2 LIMIT 1`,
    [until, size - 1],
  );
  return rows[0]?.published_at ?? null;
}

/**
 * The search in the newest window that fills a first page, widening as it must. A window's
 * later pages are read in the same window (a reader paging never sees one result twice); past
 * its last page are the older matches (`until`).
 */
async function searchWindows(
  query: ParsedQuery,
  params: SearchParams,
  locale: Locale,
  db: SearchDb,
  windows: Windows,
): Promise<
  Omit<Extract<SearchOutcome, { status: 'ok' }>, 'suggestion' | 'correctedFrom' | 'correctedBecause'>
> {
  const until = params.until ?? null;
  const keys = await glossaryKeys(db, query.text);
  const [qualified, sounds] = await Promise.all([qualifiedKeys(db, query), soundKeys(db, query.text, keys)]);
  const glossary: Named = { keys, qualified, sounds: sounds.filter((k) => !qualified.includes(k)) };
  // glossary entries have no date and are all recent: a search of one kind of them reads them all
  // at once, through the recent indexes
  if (params.type && params.type !== 'article')
    return searchFor(query, params, locale, db, { since: null, until, recent: !until }, glossary);
  let outcome: Awaited<ReturnType<typeof searchFor>> | null = null;
  for (const size of [windows.first, windows.recent, null]) {
    const since = size === null ? null : await windowStart(db, until, size);
    // the newest reports are read through the recent versions' own indexes
    const recent = !until && size !== null;
    if (!recent && !until && outcome && outcome.total > 0) break;
    outcome = await searchFor(query, params, locale, db, { since, until, recent }, glossary);
    if (since === null || outcome.total >= PAGE_SIZE) break;
  }
  return outcome!;
}

async function searchFor(
  query: ParsedQuery,
  params: SearchParams,
  locale: Locale,
  db: SearchDb,
  window: SearchWindow & { recent: boolean },
  glossary: Named,
): Promise<
  Omit<Extract<SearchOutcome, { status: 'ok' }>, 'suggestion' | 'correctedFrom' | 'correctedBecause'>
> {
  const { qualified, sounds } = glossary;
  // an entry qualified by the query's other words comes first; the names inside it qualify it
  const keys = [...new Set([...glossary.keys, ...qualified])];
  const type = params.type ?? null;
  const event = params.event ?? null;
  const offset = (params.page - 1) * PAGE_SIZE;
  // each result has at most one row per language, so this many rows hold the asked-for page
  const rows = Math.max(RANKED_ROWS, locales.length * (offset + PAGE_SIZE));
  const named = keys.length > 0 || sounds.length > 0;
  const entries = [...keys, ...sounds];
  const q = Prisma.sql`
    SELECT to_tsquery('simple', ${query.simple}) || to_tsquery('english', ${query.english}) AS query,
           CASE WHEN ${query.exact} = '' THEN NULL ELSE to_tsquery('simple', ${query.exact}) END AS exact,
           CASE WHEN ${query.phrase} = '' THEN NULL ELSE to_tsquery('simple', ${query.phrase}) END AS phrase`;
  // the window: glossary entries (no date) belong to the newest
  const since = window.since
    ? Prisma.sql`AND (d.published_at IS NULL OR d.published_at >= ${window.since}::timestamptz)`
    : Prisma.empty;
  const until = window.until ? Prisma.sql`AND d.published_at < ${window.until}::timestamptz` : Prisma.empty;
  const recent = window.recent ? Prisma.sql`AND d.recent` : Prisma.empty;
  const matching = Prisma.sql`
    ${named ? Prisma.sql`(d.tsv @@ q.query OR d.entities && ${entries}::text[])` : Prisma.sql`d.tsv @@ q.query`}
    ${event ? Prisma.sql`AND d.event_id = ${event}::text` : Prisma.empty} ${since} ${until} ${recent}`;
  // An entry the query's other words qualify ("2025 memorandum Yangon") comes first, and the names
  // inside those words after it (Yangon); else an event named beside a person, city or agreement
  // qualifies it ("Hou Gang, Global Mayors Dialogue"): the entry's own page first, the event's after.
  const qualifiers = qualified.length
    ? keys.filter((k) => !qualified.includes(k))
    : keys.some((k) => !k.startsWith('event:'))
      ? keys.filter((k) => k.startsWith('event:'))
      : [];
  // named as it sounds: below the same entry named exactly (1.5 and 0.25 against 2 and 0.5)
  const glossaryScore = named
    ? Prisma.sql`CASE WHEN d.kind = ANY(${entityKinds}::text[]) AND (d.kind || ':' || d.entity_id) = ANY(${keys}::text[])
                        THEN CASE WHEN (d.kind || ':' || d.entity_id) = ANY(${qualifiers}::text[]) THEN 1::float4 ELSE 2::float4 END
                      WHEN d.kind = ANY(${entityKinds}::text[]) AND (d.kind || ':' || d.entity_id) = ANY(${sounds}::text[])
                        THEN 1.5::float4
                      WHEN d.entities && ${keys}::text[] THEN 0.5::float4
                      WHEN d.entities && ${sounds}::text[] THEN 0.25::float4 ELSE 0::float4 END`
    : Prisma.sql`0::float4`;
  // the matches in some languages, each with its cheap score (OFFSET 0: each expression is
  // evaluated once per match)
  const candidates = (languages: Prisma.Sql, own: boolean) => Prisma.sql`
    SELECT d.kind, d.entity_id, d.locale, d.published_at, ${own}::boolean AS own,
           ${glossaryScore} + CASE WHEN d.title_tsv @@ q.query THEN 1::float4 ELSE 0::float4 END
             + CASE WHEN q.phrase IS NOT NULL AND d.title_tsv @@ q.phrase THEN 1::float4 ELSE 0::float4 END AS base,
           CASE WHEN q.exact IS NOT NULL AND d.title_tsv @@ q.exact THEN 1::float4 ELSE 0::float4 END AS exact_title
    FROM search_documents d, q
    WHERE ${matching} AND ${languages} AND (${type}::text IS NULL OR d.kind = ${type}::text)
    OFFSET 0`;
  // `db` is a search pool (index scans only): lib/db/client.ts
  const indexed = async <T>(sql: Prisma.Sql) => (await db.query(sql.text, sql.values)).rows as T;
  // the counts and the page in parallel, on two connections
  const [counted, [found]] = await Promise.all([
    indexed<Array<{ code: number; n: number }>>(Prisma.sql`
      WITH q AS (${q})
      SELECT (k >> 56)::int AS code, count(*)::int AS n
      FROM (SELECT DISTINCT d.entity_key AS k FROM search_documents d, q WHERE ${matching}) e
      GROUP BY 1`),
    indexed<[{ results: Found[] | null }]>(Prisma.sql`
      WITH q AS (${q}), best AS (
        -- The reader's language first: its matches alone fill the page whenever there are enough,
        -- and the other languages' part is then never run (the LIMIT stops before it).
        SELECT * FROM (
          (SELECT * FROM (${candidates(Prisma.sql`d.locale = ${locale}::locale`, true)}) own_rows
           ORDER BY base + exact_title DESC, published_at DESC NULLS LAST, entity_id COLLATE "C" LIMIT ${rows})
          UNION ALL
          (SELECT * FROM (${candidates(Prisma.sql`d.locale <> ${locale}::locale`, false)}) other_rows
           ORDER BY base + exact_title DESC, published_at DESC NULLS LAST, entity_id COLLATE "C", locale
           LIMIT ${rows})
        ) u
        LIMIT ${rows}
      ), numbered AS (
        SELECT best.*, row_number() OVER (
                 ORDER BY own DESC, base + exact_title DESC, published_at DESC NULLS LAST, entity_id COLLATE "C", locale) AS n
        FROM best
      ), ranked AS (
        SELECT nb.*,
               CASE WHEN nb.n <= ${RANKED_ROWS} THEN
                 nb.base + ts_rank(d.tsv, q.query)
                 + CASE WHEN q.exact IS NOT NULL AND d.tsv @@ q.exact THEN 1 ELSE 0 END
                 + CASE WHEN q.phrase IS NOT NULL AND d.tsv @@ q.phrase THEN 1 ELSE 0 END
               END AS rank
        FROM numbered nb JOIN search_documents d USING (kind, entity_id, locale), q
      ), placed AS (
        SELECT ranked.*, row_number() OVER (
                 ORDER BY n > ${RANKED_ROWS}, own DESC, rank DESC NULLS LAST, published_at DESC NULLS LAST, n) AS position
        FROM ranked
      ), firsts AS (
        SELECT placed.*, row_number() OVER (PARTITION BY kind, entity_id ORDER BY position) AS version
        FROM placed
      ), page AS (
        SELECT * FROM firsts WHERE version = 1 ORDER BY position LIMIT ${PAGE_SIZE} OFFSET ${offset}
      )
      SELECT json_agg(json_build_object(
               'kind', p.kind, 'entity_id', p.entity_id, 'locale', p.locale, 'title', d.title,
               'body', d.body, 'path', d.path, 'published_at', p.published_at,
               'versions', (SELECT json_object_agg(x.locale, x.path) FROM search_documents x
                            WHERE x.kind = p.kind AND x.entity_id = p.entity_id))
             ORDER BY p.position) AS results
      FROM page p JOIN search_documents d USING (kind, entity_id, locale)`),
  ]);
  const counts = Object.fromEntries(searchKinds.map((k) => [k, 0])) as Record<SearchKind, number>;
  for (const c of counted) {
    const kind = kindOfCode.get(c.code);
    if (kind) counts[kind] = c.n;
  }
  const total = type ? counts[type] : Object.values(counts).reduce((a, b) => a + b, 0);
  return {
    status: 'ok',
    query,
    window: { since: window.since, until: window.until },
    total,
    counts,
    page: params.page,
    pages: Math.max(1, Math.ceil(total / PAGE_SIZE)),
    results: (found.results ?? []).map((r) => ({
      kind: r.kind,
      entityId: r.entity_id,
      locale: r.locale,
      title: r.title,
      titleParts: snippet(r.title, query.highlight, Array.from(r.title).length, query.phrases),
      path: r.path,
      publishedAt: r.published_at ? new Date(r.published_at) : null,
      // a report's body is its paragraphs; a glossary entry's is a list (other names, role, region…)
      snippet: snippet(
        r.body.replaceAll('\n', r.kind === 'article' ? ' ' : ' · '),
        query.highlight,
        r.locale === 'zh' ? 90 : 160,
        query.phrases,
      ),
      versions: r.versions,
    })),
  };
}
