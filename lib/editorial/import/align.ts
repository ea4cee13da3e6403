import type { ParagraphKind } from '../../model/paragraph-kinds';
import { monthNumber } from './header';
import { fold, widthOf } from './text';
import { chineseNumeral } from '../../translation/numbers';

/**
 * Pairs the paragraphs of two language versions of one release by what they say, as parallel
 * corpora are aligned (Gale & Church's length-based dynamic programming, with anchors): the cost
 * of pairing two paragraphs grows with how far their length ratio is from the release's own
 * ratio, falls with every number, date or glossary name both share, rises for anchors only one
 * has and for different kinds (a heading beside a paragraph); a paragraph left without partner
 * costs a fixed amount. The cheapest path keeps the order, so one paragraph present in one
 * language only becomes one unpaired paragraph instead of shifting every pair after it.
 */

export type AlignBlock = { text: string; kind: ParagraphKind; anchors: Set<string>; position: number };
/** [index in a, index in b]; null on one side for a paragraph without partner */
export type AlignedPair = [number | null, number | null];

const SKIP = 2.6;
const SIGMA = 0.45;

/** A number as both versions would write it: 10,000 / 10.000 / 10 000 → 10000; 1.5 stays 1.5. */
function normalNumber(raw: string): string {
  const thousands = /^\d{1,3}(?:[,.\u00a0\u202f]\d{3})+$/u.exec(raw);
  if (thousands) return raw.replace(/[,.\u00a0\u202f]/gu, '');
  return raw.replace(',', '.').replace(/^0+(?=\d)/u, '');
}

export type Glossary = Array<{ id: string; names: string[] }>;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Compiled glossary: each entity's names as one pattern (whole words in spaced scripts). */
export function compileGlossary(glossary: Glossary) {
  return glossary
    .map(({ id, names }) => {
      const usable = names.filter((n) => n.trim().length >= 2);
      if (!usable.length) return null;
      const parts = usable.map((n) =>
        /\p{Script=Han}/u.test(n)
          ? escapeRegExp(n)
          : `(?<![\\p{L}\\p{N}])${escapeRegExp(fold(n))}(?![\\p{L}\\p{N}])`,
      );
      return { id, pattern: new RegExp(parts.join('|'), 'u') };
    })
    .filter((e): e is { id: string; pattern: RegExp } => e !== null);
}
export type CompiledGlossary = ReturnType<typeof compileGlossary>;

/**
 * What a paragraph shares with its translation whatever the language: its numbers (months named
 * in English count as numbers, Chinese numerals before a measure word too), the glossary entries
 * it names in any language, and Latin-script names of four or more letters.
 */
export function anchorsOf(text: string, glossary: CompiledGlossary): Set<string> {
  const anchors = new Set<string>();
  for (const m of text.matchAll(/\d+(?:[.,\u00a0\u202f]\d+)*/gu)) anchors.add(`n:${normalNumber(m[0])}`);
  for (const m of text.matchAll(
    /([零〇一二两三四五六七八九十百千万]+)(?=个|座|名|位|家|项|份|场|次|届|国|城|天|年|月|日|号|大|点)/gu,
  )) {
    const n = chineseNumeral(m[1]!);
    if (n !== null && m[1]!.length <= 5) anchors.add(`n:${n}`);
  }
  for (const m of text.matchAll(
    /\b(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b/gu,
  ))
    anchors.add(`n:${monthNumber(m[1]!)}`);
  const folded = fold(text);
  // Han names are untouched by folding; Latin ones are compiled folded
  for (const entry of glossary) if (entry.pattern.test(folded)) anchors.add(`g:${entry.id}`);
  for (const m of text.matchAll(/\b\p{Lu}[\p{L}]{3,}\b/gu)) anchors.add(`w:${fold(m[0])}`);
  return anchors;
}

function anchorCost(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  // Latin words only count when both sides are Latin text; a Chinese paragraph rarely has them
  const only = [...a, ...b].filter((x) => !(a.has(x) && b.has(x)) && !x.startsWith('w:')).length;
  return -1.4 * Math.min(shared, 5) + 0.5 * Math.min(only, 4);
}

/**
 * The cheapest order-keeping alignment of `a` (the original) and `b` (a translation). `adjacent`
 * tells whether two paragraphs sit next to each other in the pasted text (the usual sign of a
 * pair in a release that alternates its languages).
 */
export function align(
  a: AlignBlock[],
  b: AlignBlock[],
  adjacent: (x: AlignBlock, y: AlignBlock) => number,
): AlignedPair[] {
  const total = (blocks: AlignBlock[]) => blocks.reduce((sum, x) => sum + widthOf(x.text), 0) + 1;
  const ratio = Math.log(total(b) / total(a));
  const pairCost = (x: AlignBlock, y: AlignBlock) => {
    const deviation = Math.log((widthOf(y.text) + 4) / (widthOf(x.text) + 4)) - ratio;
    const length = (deviation * deviation) / (2 * SIGMA * SIGMA);
    return (
      Math.min(length, 8) + anchorCost(x.anchors, y.anchors) + (x.kind === y.kind ? 0 : 1.5) - adjacent(x, y)
    );
  };
  const n = a.length;
  const m = b.length;
  const cost: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(Infinity));
  const move: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  cost[0]![0] = 0;
  for (let i = 0; i <= n; i++)
    for (let j = 0; j <= m; j++) {
      const here = cost[i]![j]!;
      if (here === Infinity) continue;
      const relax = (ii: number, jj: number, c: number, kind: number) => {
        if (c < cost[ii]![jj]!) {
          cost[ii]![jj] = c;
          move[ii]![jj] = kind;
        }
      };
      if (i < n && j < m) relax(i + 1, j + 1, here + pairCost(a[i]!, b[j]!), 1);
      if (i < n) relax(i + 1, j, here + SKIP, 2);
      if (j < m) relax(i, j + 1, here + SKIP, 3);
    }
  const pairs: AlignedPair[] = [];
  for (let i = n, j = m; i > 0 || j > 0;) {
    const kind = move[i]![j]!;
    if (kind === 1) pairs.push([--i, --j]);
    else if (kind === 2) pairs.push([--i, null]);
    else pairs.push([null, --j]);
  }
  return pairs.reverse();
}
