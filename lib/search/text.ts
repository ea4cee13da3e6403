/**
 * Text as the search index and the queries see it (docs/decisions/012). Pure functions, used on
 * both sides so that a document and a query are cut into the same words:
 * - Chinese has no spaces: Han runs are segmented into words with Intl.Segmenter (ICU's
 *   dictionary), and words of three or more characters also give their bigrams, so 南宁倡议 and
 *   倡议 both match "南宁倡议" in a text;
 * - every word is indexed as written (lower case) and without diacritics, so `sang kien nam ninh`
 *   finds "Sáng kiến Nam Ninh" and an exact-diacritic match can be ranked higher;
 * - English stemming is PostgreSQL's (`english` configuration), applied in SQL.
 */

export const SEARCH_LIMITS = { query: 200, terms: 12 } as const;

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
const han = /\p{Script=Han}/u;

/** One character without its diacritics (đ → d); characters that do not fold stay as they are. */
function foldChar(c: string): string {
  if (c === 'đ') return 'd';
  if (c === 'Đ') return 'D';
  const base = c.normalize('NFD').replace(/\p{M}/gu, '');
  return base.length === 1 ? base : c;
}

/** Lower case without diacritics, one character for one (positions stay comparable for snippets). */
export function fold(text: string): string {
  return Array.from(text.normalize('NFC').toLowerCase(), foldChar).join('');
}

/** The words of a text in reading order: letters, marks and digits only, lower case, NFC. */
export function words(text: string): string[] {
  const out: string[] = [];
  for (const s of segmenter.segment(text.normalize('NFC').toLowerCase())) {
    if (!s.isWordLike) continue;
    const word = s.segment.replace(/[^\p{L}\p{M}\p{N}]/gu, '');
    if (word) out.push(word);
  }
  return out;
}

const bigrams = (word: string) => {
  const chars = Array.from(word);
  return chars.length < 3 ? [] : chars.slice(0, -1).map((c, i) => c + chars[i + 1]);
};

/** The terms a field is indexed under (for `to_tsvector('simple', …)`): each word, folded, bigrams. */
export function indexTerms(text: string): string {
  const terms: string[] = [];
  for (const word of words(text)) {
    terms.push(word);
    const folded = fold(word);
    if (folded !== word) terms.push(folded);
    if (han.test(word)) terms.push(...bigrams(word));
  }
  return terms.join(' ');
}

export type ParsedQuery = {
  /** for `to_tsquery('simple', …)`: every word as written or folded, all required */
  simple: string;
  /** for `to_tsquery('english', …)`: the words as typed, stemmed by PostgreSQL */
  english: string;
  /** the words with their diacritics, to rank exact matches first (empty when nothing to prefer) */
  exact: string;
  /** the words to highlight in snippets (as typed and folded) */
  highlight: string[];
  /** the query as searched (after cutting it to the length limit) */
  text: string;
  /** the query was longer than SEARCH_LIMITS allow (characters or words): the reader is told */
  truncated: boolean;
};

/** Words only ever reach to_tsquery quoted, and contain nothing but letters, marks and digits. */
const quote = (word: string) => `'${word}'`;

/**
 * A reader's query as tsquery texts. Operators and punctuation typed by the reader (& | ! ( ) : * ')
 * are not words and are dropped, so no input can change the query's structure. Null when no
 * word is left.
 */
export function parseQuery(raw: string): ParsedQuery | null {
  const normalized = raw.normalize('NFC').replace(/\s+/gu, ' ').trim();
  const truncated = Array.from(normalized).length > SEARCH_LIMITS.query;
  const text = truncated ? Array.from(normalized).slice(0, SEARCH_LIMITS.query).join('') : normalized;
  const all = [...new Set(words(text))];
  const list = all.slice(0, SEARCH_LIMITS.terms);
  if (list.length === 0) return null;
  const simple = list
    .map((w) => {
      const forms = [...new Set([w, fold(w)])].map(quote);
      // a long Chinese word also matches through its bigrams (segmentation can differ in context)
      const grams = han.test(w) ? bigrams(w) : [];
      const alternatives = grams.length ? [...forms, `(${grams.map(quote).join(' & ')})`] : forms;
      return alternatives.length > 1 ? `(${alternatives.join(' | ')})` : alternatives[0]!;
    })
    .join(' & ');
  const marked = list.some((w) => fold(w) !== w);
  return {
    simple,
    english: list.map(quote).join(' & '),
    exact: marked ? list.map(quote).join(' & ') : '',
    highlight: [...new Set(list.flatMap((w) => [w, fold(w)]))],
    text,
    truncated: truncated || all.length > list.length,
  };
}

export type SnippetPart = { text: string; hit: boolean };

/**
 * A short passage of `body` around the first match, cut into plain and highlighted parts (rendered
 * as text and <mark>, never as HTML). Matching is on folded text, so a diacritic-free query
 * highlights "Sáng kiến"; an English word also matches its stem's longer forms (agreement → agreements).
 */
export function snippet(body: string, terms: string[], width = 160): SnippetPart[] {
  const source = Array.from(body.normalize('NFC'));
  const folded = Array.from(fold(body));
  const stems = [...new Set(terms.map((t) => fold(t)))]
    .map((t) => (han.test(t) || t.length <= 4 ? t : t.replace(/(es|s)$/u, '')))
    .filter(Boolean)
    .sort((a, b) => b.length - a.length);
  const hits: Array<[number, number]> = [];
  const haystack = folded.join('');
  // positions in code points: fold() keeps one character for one
  const indexToPoint = new Map<number, number>();
  {
    let unit = 0;
    folded.forEach((c, i) => {
      indexToPoint.set(unit, i);
      unit += c.length;
    });
    indexToPoint.set(unit, folded.length);
  }
  for (const stem of stems) {
    const spaced = !han.test(stem);
    let from = 0;
    for (;;) {
      const at = haystack.indexOf(stem, from);
      if (at < 0) break;
      from = at + stem.length;
      const start = indexToPoint.get(at);
      if (start === undefined) continue;
      // Latin words match at a word start only
      if (spaced && start > 0 && /[\p{L}\p{N}]/u.test(folded[start - 1]!)) continue;
      let end = start + Array.from(stem).length;
      if (spaced) while (end < folded.length && /[\p{L}\p{N}]/u.test(folded[end]!)) end++;
      if (!hits.some(([s, e]) => start < e && end > s)) hits.push([start, end]);
    }
  }
  hits.sort((a, b) => a[0] - b[0]);
  const first = hits[0]?.[0] ?? 0;
  let begin = Math.max(0, first - Math.floor(width / 3));
  let finish = Math.min(source.length, begin + width);
  begin = Math.max(0, Math.min(begin, finish - width));
  // in spaced scripts, start and end on a word boundary rather than inside a word
  const isLetter = (i: number) => /[\p{L}\p{N}]/u.test(source[i] ?? '') && !han.test(source[i] ?? '');
  if (begin > 0 && isLetter(begin - 1)) {
    let b = begin;
    while (b < Math.min(first, begin + 20) && isLetter(b)) b++;
    if (b < first && !isLetter(b)) begin = b + 1;
  }
  if (finish < source.length && isLetter(finish)) {
    let f = finish;
    while (f > finish - 20 && isLetter(f - 1)) f--;
    if (f > (hits[0]?.[1] ?? begin)) finish = f;
  }
  const parts: SnippetPart[] = [];
  let cursor = begin;
  for (const [s, e] of hits) {
    if (e <= begin || s >= finish) continue;
    const a = Math.max(s, begin);
    const b = Math.min(e, finish);
    if (a > cursor) parts.push({ text: source.slice(cursor, a).join(''), hit: false });
    parts.push({ text: source.slice(a, b).join(''), hit: true });
    cursor = b;
  }
  if (cursor < finish) parts.push({ text: source.slice(cursor, finish).join(''), hit: false });
  if (begin > 0) parts.unshift({ text: '…', hit: false });
  if (finish < source.length) parts.push({ text: '…', hit: false });
  return parts;
}
