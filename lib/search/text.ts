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

/** Positions PostgreSQL keeps in a tsvector go up to 16383; later words share the last one. */
const MAX_POSITION = 16383;

/** Each word's position (1-based) with the forms it is indexed under: as written, folded, bigrams. */
function termsAt(text: string): Array<[number, string[]]> {
  return words(text).map((word, i) => {
    const forms = [word];
    const folded = fold(word);
    if (folded !== word) forms.push(folded);
    if (han.test(word)) forms.push(...bigrams(word));
    return [Math.min(i + 1, MAX_POSITION), forms];
  });
}

/**
 * A field as a tsvector literal (`'thị':1 'thi':1 'trưởng':2 'truong':2`): every form of a word
 * at the word's own position, so that a phrase matches in either spelling ("thi truong" and
 * "thị trưởng" are both the phrase at positions 1–2). `to_tsvector` over the forms would number
 * the folded forms as extra words and break phrases apart. Words hold only letters, marks and
 * digits (see `words`), so no form needs quoting beyond the quotes around it.
 */
export function indexVector(text: string): string {
  return termsAt(text)
    .flatMap(([position, forms]) => forms.map((form) => `'${form}':${position}`))
    .join(' ');
}

/**
 * The words of a text that spelling suggestions can be made from: letters (not Han characters, whose
 * mistakes are of another kind), three or more, folded, each with a written form — one with
 * diacritics when the text has one.
 */
export function vocabulary(text: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const word of words(text)) {
    if (han.test(word) || /\p{N}/u.test(word)) continue;
    const folded = fold(word);
    if (Array.from(folded).length < 3) continue;
    const known = found.get(folded);
    if (known === undefined || (known === folded && word !== folded)) found.set(folded, word);
  }
  return found;
}

/** Whether a query word can be checked for spelling (see `vocabulary`). */
export const spellable = (word: string) =>
  !han.test(word) && !/\p{N}/u.test(word) && Array.from(fold(word)).length >= 3;

export type ParsedQuery = {
  /** for `to_tsquery('simple', …)`: every word as written or folded, all required */
  simple: string;
  /** for `to_tsquery('english', …)`: the words as typed, stemmed by PostgreSQL */
  english: string;
  /** the words with their diacritics, to rank exact matches first (empty when nothing to prefer) */
  exact: string;
  /** the words as one phrase, in order, each as typed or folded (empty for a single word) */
  phrase: string;
  /**
   * phrases to highlight rather than their words apart, folded: the query's own (two words or
   * more), then the names of several words its terms expand into
   */
  phrases: string[][];
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
 * A term the query names, to be matched by any of its names: the query's words that name it
 * (folded, in order) and the term's other names (as written). See content/terms.yaml.
 */
export type Expansion = { words: string[]; alternatives: string[] };

/** Either of the tsquery texts, bracketed when there are several. */
const anyOf = (alternatives: string[]) =>
  alternatives.length > 1 ? `(${alternatives.join(' | ')})` : alternatives[0]!;

/** A word as typed or folded, each quoted. */
const spellings = (w: string) => [...new Set([w, fold(w)])].map(quote);

/** A word as a tsquery: as typed or folded, and a long Chinese word also through its bigrams. */
function wordQuery(w: string): string {
  const forms = spellings(w);
  // a long Chinese word also matches through its bigrams (segmentation can differ in context)
  const grams = han.test(w) ? bigrams(w) : [];
  return anyOf(grams.length ? [...forms, `(${grams.map(quote).join(' & ')})`] : forms);
}

/** Words that must all occur (a name of several words). */
const allOf = (list: string[]) =>
  list.length > 1 ? `(${list.map(wordQuery).join(' & ')})` : wordQuery(list[0]!);

/**
 * A reader's query as tsquery texts. Operators and punctuation typed by the reader (& | ! ( ) : * ')
 * are not words and are dropped, so no input can change the query's structure. Null when no
 * word is left. Words that name a term (`expansions`) match any of the term's names: "CAFTA" is
 * ('cafta' | ('china' & 'asean' & 'free' & 'trade' & 'area') | …).
 */
export function parseQuery(raw: string, expansions: Expansion[] = []): ParsedQuery | null {
  const normalized = raw.normalize('NFC').replace(/\s+/gu, ' ').trim();
  const truncated = Array.from(normalized).length > SEARCH_LIMITS.query;
  const text = truncated ? Array.from(normalized).slice(0, SEARCH_LIMITS.query).join('') : normalized;
  const all = [...new Set(words(text))];
  const list = all.slice(0, SEARCH_LIMITS.terms);
  if (list.length === 0) return null;
  const groupOf = (w: string) => expansions.find((e) => e.words.includes(fold(w)));
  const done = new Set<Expansion>();
  const simple = list
    .flatMap((w) => {
      const group = groupOf(w);
      if (!group) return [wordQuery(w)];
      if (done.has(group)) return [];
      done.add(group);
      const named = list.filter((x) => groupOf(x) === group);
      const others = group.alternatives.map(words).filter((alt) => alt.length > 0);
      return [`(${[allOf(named), ...others.map(allOf)].join(' | ')})`];
    })
    .join(' & ');
  const alternatives = expansions.flatMap((e) => e.alternatives.map(words));
  const marked = list.some((w) => fold(w) !== w);
  // "thị trưởng" as a phrase: a page with the two syllables together ranks above one where they
  // occur apart ("đô thị … trưởng thành"); the words in the order typed
  const inOrder = words(text).slice(0, SEARCH_LIMITS.terms);
  const phrase = inOrder.length >= 2 ? inOrder.map((w) => anyOf(spellings(w))).join(' <-> ') : '';
  return {
    simple,
    english: list.map(quote).join(' & '),
    exact: marked ? list.map(quote).join(' & ') : '',
    phrase,
    phrases: [
      ...(phrase ? [inOrder.map(fold)] : []),
      ...alternatives.filter((alt) => alt.length > 1).map((alt) => alt.map(fold)),
    ],
    highlight: [
      ...new Set(
        [...list, ...alternatives.filter((alt) => alt.length === 1).flat()].flatMap((w) => [w, fold(w)]),
      ),
    ],
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
export function snippet(body: string, terms: string[], width = 160, phrases: string[][] = []): SnippetPart[] {
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
  // a phrase, where the text has one, is what is highlighted: its words apart are noise
  for (const phrase of phrases.filter((p) => p.length >= 2)) {
    const escaped = phrase.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    const spaced = !phrase.some((w) => han.test(w));
    const pattern = new RegExp(
      spaced
        ? `(?<![\\p{L}\\p{N}])${escaped.join('[^\\p{L}\\p{N}]+')}(?![\\p{L}\\p{N}])`
        : escaped.join('[^\\p{L}\\p{N}]*'),
      'gu',
    );
    for (const m of haystack.matchAll(pattern)) {
      const start = indexToPoint.get(m.index);
      const end = indexToPoint.get(m.index + m[0].length);
      if (start !== undefined && end !== undefined && !hits.some(([s, e]) => start < e && end > s))
        hits.push([start, end]);
    }
  }
  for (const stem of hits.length ? [] : stems) {
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
      // a short word is a whole word ("thi" is not the start of "thiệu"); a longer one may go on
      // to its stem's longer forms (agreement → agreements)
      const wordGoesOn = end < folded.length && /[\p{L}\p{N}]/u.test(folded[end]!);
      if (spaced && wordGoesOn && Array.from(stem).length <= 4) continue;
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
