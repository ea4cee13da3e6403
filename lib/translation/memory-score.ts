import type { Locale } from '../model/locales';
import { numbersIn } from './numbers';

/**
 * How well a translation memory unit's source matches the text being translated (issue 28), as
 * the CAT tools translators know score it: 100 for the same text, 101 for the same text in the
 * same report (a context match), 99 when only numbers differ — the unit's translation then has
 * them replaced (as memoQ does) — else a fuzzy score: one minus the edit distance over tokens,
 * divided by the longer text's tokens. Tokens are words in English, syllables in Vietnamese (which
 * writes them apart), characters in Chinese; numbers are one token each. Pure.
 */

export type Scored = { score: number; kind: 'context' | 'exact' | 'numbers' | 'fuzzy'; target: string };

/** Fuzzy matches below this are not shown. */
export const FUZZY_FLOOR = 75;

const tokenPattern = /\p{Script=Han}|\d+(?:[.,]\d+)*|[\p{L}\p{M}]+/gu;

/** The text's tokens, lower-cased: Han characters, numbers, words or syllables. */
export function tokensOf(text: string): string[] {
  return (text.normalize('NFC').toLowerCase().match(tokenPattern) ?? []) as string[];
}

/** The text as its tokens, space-separated: what an exact match compares (and the store hashes). */
export const tokenKey = (text: string) => tokensOf(text).join(' ');

const isNumber = (token: string) => /^\d/u.test(token);

/** The edit distance between two token lists (insert, delete, replace: 1 each). */
export function editDistance(a: readonly string[], b: readonly string[]): number {
  if (a.length < b.length) return editDistance(b, a);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++)
      current[j] = Math.min(
        previous[j]! + 1,
        current[j - 1]! + 1,
        previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    previous = current;
  }
  return previous[b.length]!;
}

/** 0–100: how much of the longer text the shorter one keeps, token by token. */
export function similarity(a: readonly string[], b: readonly string[]): number {
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 100 : Math.round((1 - editDistance(a, b) / longest) * 100);
}

/**
 * The unit's translation with the query's numbers in place of the unit's, when the two sources
 * differ only in numbers and every changed number is written the same way in the translation;
 * else null.
 */
function substituteNumbers(query: string[], source: string[], target: string, targetLocale: Locale) {
  if (query.length !== source.length) return null;
  const changes: Array<[string, string]> = [];
  for (let i = 0; i < query.length; i++) {
    if (query[i] === source[i]) continue;
    if (!isNumber(query[i]!) || !isNumber(source[i]!)) return null;
    changes.push([source[i]!, query[i]!]);
  }
  if (changes.length === 0) return null;
  const written = new Set(numbersIn(target, targetLocale).map((n) => n.text.replace(/\s.*$/u, '')));
  let out = target;
  for (const [from, to] of changes) {
    if (!written.has(from)) return null;
    out = out.replace(new RegExp(`(?<![\\d.,])${from.replace(/[.,]/gu, '\\$&')}(?![\\d])`, 'u'), to);
  }
  return out;
}

/** Scores one memory unit against the text to translate. */
export function scoreUnit(
  query: { text: string; articleId?: string },
  unit: { source: string; target: string; targetLocale: Locale; articleId?: string },
): Scored {
  const q = tokensOf(query.text);
  const s = tokensOf(unit.source);
  if (q.join(' ') === s.join(' ')) {
    const sameReport = query.articleId !== undefined && query.articleId === unit.articleId;
    return { score: sameReport ? 101 : 100, kind: sameReport ? 'context' : 'exact', target: unit.target };
  }
  const substituted = substituteNumbers(q, s, unit.target, unit.targetLocale);
  if (substituted !== null) return { score: 99, kind: 'numbers', target: substituted };
  // a fuzzy match never reaches what an exact or a substituted one says
  return { score: Math.min(98, similarity(q, s)), kind: 'fuzzy', target: unit.target };
}

/**
 * The memory's index key of a text (MinHash in bands, the standard locality-sensitive hash for
 * near-duplicate text): texts that share most of their token pairs share a band with high
 * probability, unrelated ones almost never. Shingles are pairs of neighbouring tokens (characters
 * in Chinese), numbers standing as one symbol so that a text that differs only in figures has the
 * same key. BANDS × ROWS hash functions; each band is one 32-bit value naming its band and the
 * `salt` (the memory salts with the direction, so a key finds units of one direction only). With
 * 24 bands of 2 rows, more than 95 % of launch paragraphs edited evenly down to 75 % share a band
 * with their original, all from 85 %, and under 6 % of unrelated launch paragraphs do
 * (tests/unit/translation-memory-score.test.ts; `npm run bench:memory` measures what is found).
 */
export const BANDS = 24;
const ROWS = 2;

function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
/** A 32-bit mix (murmur3's finaliser) of a value with a seed: one of the family's hash functions. */
function mix(value: number, seed: number): number {
  let h = (value ^ Math.imul(seed, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

export function bandsOf(text: string, salt = ''): number[] {
  const tokens = tokensOf(text).map((t) => (isNumber(t) ? '#' : t));
  if (tokens.length === 0) return [];
  const shingles = new Set<number>();
  if (tokens.length === 1) shingles.add(fnv1a(tokens[0]!));
  for (let i = 1; i < tokens.length; i++) shingles.add(fnv1a(`${tokens[i - 1]} ${tokens[i]}`));
  const minima = new Array<number>(BANDS * ROWS).fill(0xffffffff);
  for (const s of shingles)
    for (let k = 0; k < minima.length; k++) {
      const h = mix(s, k + 1);
      if (h < minima[k]!) minima[k] = h;
    }
  return Array.from({ length: BANDS }, (_, b) => {
    let h = mix(b + 1, fnv1a(salt));
    for (let r = 0; r < ROWS; r++) h = mix(h ^ minima[b * ROWS + r]!, r + 7);
    // a signed 32-bit value, as PostgreSQL's int4 holds it
    return h | 0;
  });
}
