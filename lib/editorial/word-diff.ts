import { localeTable, type Locale } from '../model/locales';

/**
 * Word-level differences for the newsroom (revisions, conflicts, outdated translations): the text is
 * cut with `Intl.Segmenter` in the version's language — words in English, syllables in Vietnamese
 * (which writes them apart), dictionary words in Chinese — and the longest common subsequence of
 * those pieces is kept; what is left is marked removed or added. Pure; no dependency.
 */

export type DiffPart = { op: 'same' | 'removed' | 'added'; text: string };

/** Beyond this many cells the table is not built: the paragraph is shown replaced whole. */
const MAX_CELLS = 4_000_000;

const segmenters = new Map<Locale, Intl.Segmenter>();

/** The text's pieces in order — words and everything between them — which join back to it. */
export function wordPieces(text: string, locale: Locale): string[] {
  let segmenter = segmenters.get(locale);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(localeTable[locale].htmlLang, { granularity: 'word' });
    segmenters.set(locale, segmenter);
  }
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

function push(parts: DiffPart[], op: DiffPart['op'], text: string) {
  if (!text) return;
  const last = parts[parts.length - 1];
  if (last && last.op === op) last.text += text;
  else parts.push({ op, text });
}

/** How `after` differs from `before`, word by word; the parts join back to both texts. */
export function wordDiff(before: string, after: string, locale: Locale): DiffPart[] {
  if (before === after) return before ? [{ op: 'same', text: before }] : [];
  const a = wordPieces(before, locale);
  const b = wordPieces(after, locale);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const parts: DiffPart[] = [];
  push(parts, 'same', a.slice(0, start).join(''));
  const n = endA - start;
  const m = endB - start;
  if (n * m > MAX_CELLS) {
    push(parts, 'removed', a.slice(start, endA).join(''));
    push(parts, 'added', b.slice(start, endB).join(''));
  } else {
    // lengths of the longest common subsequences of a[i..] and b[j..], row by row
    const table = new Uint32Array((n + 1) * (m + 1));
    const at = (i: number, j: number) => i * (m + 1) + j;
    for (let i = n - 1; i >= 0; i--)
      for (let j = m - 1; j >= 0; j--)
        table[at(i, j)] =
          a[start + i] === b[start + j]
            ? table[at(i + 1, j + 1)]! + 1
            : Math.max(table[at(i + 1, j)]!, table[at(i, j + 1)]!);
    let i = 0;
    let j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && a[start + i] === b[start + j]) {
        push(parts, 'same', a[start + i]!);
        i++;
        j++;
      } else if (j < m && (i === n || table[at(i, j + 1)]! >= table[at(i + 1, j)]!)) {
        push(parts, 'added', b[start + j]!);
        j++;
      } else {
        push(parts, 'removed', a[start + i]!);
        i++;
      }
    }
  }
  push(parts, 'same', a.slice(endA).join(''));
  return tidy(parts);
}

/**
 * Changes read as one when only a space separates them ("~~the~~ **a** ~~old~~ **new**" becomes
 * "~~the old~~ **a new**"): the space joins both sides, and each run of changes is shown as what was
 * removed, then what was added.
 */
function tidy(parts: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  let removed = '';
  let added = '';
  let open = false; // a run of changes is being gathered
  const close = () => {
    if (removed) out.push({ op: 'removed', text: removed });
    if (added) out.push({ op: 'added', text: added });
    removed = added = '';
    open = false;
  };
  parts.forEach((p, k) => {
    if (p.op === 'removed') removed += p.text;
    else if (p.op === 'added') added += p.text;
    else if (open && /^\s+$/.test(p.text) && parts[k + 1] && parts[k + 1]!.op !== 'same') {
      removed += p.text;
      added += p.text;
      return;
    } else {
      close();
      out.push({ ...p });
      return;
    }
    open = true;
  });
  close();
  return out;
}

/** The text on one side of a diff: `before` without the added parts, `after` without the removed. */
export function sideOf(parts: DiffPart[], side: 'before' | 'after'): string {
  const skip = side === 'before' ? 'added' : 'removed';
  return parts
    .filter((p) => p.op !== skip)
    .map((p) => p.text)
    .join('');
}
