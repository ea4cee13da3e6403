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
