import type { ParagraphKind } from '../model/paragraph-kinds';

/**
 * Three-way merge of a language version (docs/decisions/020). `base` is the revision an editor's
 * form started from, `theirs` the version as others have saved it since, `mine` what the editor
 * sends. Each field and each paragraph (by its slot key) is decided on its own:
 *
 * - changed on one side only → that side's value; changed the same way on both → that value;
 * - changed differently on both → a conflict, decided only by the editor's explicit choice;
 * - removed on one side, unchanged on the other → removed (a merge never brings back a paragraph
 *   someone removed); removed on one side, changed on the other → a conflict;
 * - paragraphs added on either side are kept, each after the paragraph it followed on its side; the
 *   order is the side's that reordered (theirs when both did).
 *
 * Texts are compared with their whitespace normalised, so a save that only moves spaces changes
 * nothing. Pure: no database, no I/O.
 */

export type MergeParagraph = { key: string; kind: ParagraphKind; text: string };
export type MergeVersion = { slug: string; title: string; standfirst: string; paragraphs: MergeParagraph[] };
export type MergeField = 'slug' | 'title' | 'standfirst';

export type Conflict =
  | { on: MergeField; base: string; theirs: string; mine: string }
  /** `theirs`/`mine` null: that side removed the paragraph */
  | { on: 'paragraph'; key: string; base: string; theirs: string | null; mine: string | null };

/** A paragraph of the merged proposal: a conflict's row holds the editor's own text until decided. */
export type MergedParagraph = MergeParagraph & { conflict?: string; removedByMe?: boolean };

export type MergeResult = {
  merged: Omit<MergeVersion, 'paragraphs'> & { paragraphs: MergedParagraph[] };
  conflicts: Conflict[];
  /** fields and paragraph keys where others' changes were taken in */
  takenFromTheirs: string[];
  /** the merged version says what `theirs` says: saving it would change nothing */
  unchanged: boolean;
};

export const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();
const same = (a: string | undefined, b: string | undefined) => normalise(a ?? '') === normalise(b ?? '');

/** The id a conflict is chosen by in a form: the field's name, or `p:<key>`. */
export const conflictId = (c: Conflict) => (c.on === 'paragraph' ? `p:${c.key}` : c.on);

/** Whether the keys both sides share appear in a different order on `side` than in `base`. */
function reordered(base: string[], side: string[]): boolean {
  const shared = side.filter((k) => base.includes(k));
  const baseShared = base.filter((k) => shared.includes(k));
  return shared.some((k, i) => k !== baseShared[i]);
}

/** Where an extra row goes: after a paragraph (by key) or after a row placed before it. */
type Anchor = string | MergedParagraph;

/**
 * The skeleton's rows, then each extra row placed right after the first of its anchors that is
 * there (nearest predecessor first: a predecessor the other side removed is skipped), or first.
 */
function place(skeleton: MergedParagraph[], extras: Array<{ row: MergedParagraph; after: Anchor[] }>) {
  const out = [...skeleton];
  for (const { row, after } of extras) {
    let at = -1;
    for (const anchor of after) {
      const i =
        typeof anchor === 'string'
          ? out.findIndex((r) => r.key === anchor || r.conflict === `p:${anchor}`)
          : out.indexOf(anchor);
      if (i >= 0) {
        at = i;
        break;
      }
    }
    out.splice(at + 1, 0, row);
  }
  return out;
}

export function mergeVersions(base: MergeVersion, theirs: MergeVersion, mine: MergeVersion): MergeResult {
  const conflicts: Conflict[] = [];
  const takenFromTheirs: string[] = [];

  const field = (on: MergeField): string => {
    const [b, t, m] = [base[on], theirs[on], mine[on]];
    if (same(m, b) || same(m, t)) {
      if (!same(t, b) && !same(m, t)) takenFromTheirs.push(on);
      return same(m, b) ? t : m;
    }
    if (same(t, b)) return m;
    conflicts.push({ on, base: b, theirs: t, mine: m });
    return m;
  };
  const slug = field('slug');
  const title = field('title');
  const standfirst = field('standfirst');

  const byKey = (v: MergeVersion) => new Map(v.paragraphs.filter((p) => p.key).map((p) => [p.key, p]));
  const B = byKey(base);
  const T = byKey(theirs);
  const M = byKey(mine);
  const mineOrder = mine.paragraphs.map((p) => p.key).filter(Boolean);
  const theirOrder = theirs.paragraphs.map((p) => p.key);
  const baseOrder = base.paragraphs.map((p) => p.key);

  /** the merged row of a key both `theirs` and the result keep, or null when it is removed */
  const decide = (key: string): MergedParagraph | null => {
    const b = B.get(key);
    const t = T.get(key);
    const m = M.get(key);
    if (t && !b) return t; // added by others (mine cannot know it)
    if (t && b && m) {
      const mineChanged = !same(m.text, b.text) || m.kind !== b.kind;
      const theirsChanged = !same(t.text, b.text) || t.kind !== b.kind;
      if (!mineChanged) {
        if (theirsChanged) takenFromTheirs.push(`p:${key}`);
        return t;
      }
      if (!theirsChanged || (same(m.text, t.text) && m.kind === t.kind)) return m;
      if (same(m.text, t.text)) return m; // same words, a different kind: the editor's own
      conflicts.push({ on: 'paragraph', key, base: b.text, theirs: t.text, mine: m.text });
      return { ...m, conflict: `p:${key}` };
    }
    if (t && b && !m) {
      // removed by me: kept only when others changed it meanwhile, as a conflict
      if (same(t.text, b.text)) return null;
      conflicts.push({ on: 'paragraph', key, base: b.text, theirs: t.text, mine: null });
      return { ...t, conflict: `p:${key}`, removedByMe: true };
    }
    return null;
  };

  // my new paragraphs as rows, so a later one can follow an earlier one — new ones (no key yet) and
  // ones neither side has now (a restore bringing a removed paragraph back under its old key)
  const mineRows = new Map<number, MergedParagraph>();
  mine.paragraphs.forEach((p, i) => {
    if (!p.key || (!B.has(p.key) && !T.has(p.key))) mineRows.set(i, { ...p });
  });
  /** what preceded my paragraph `i` in my form, nearest first */
  const mineAnchors = (i: number): Anchor[] =>
    mine.paragraphs
      .slice(0, i)
      .map((p, j) => mineRows.get(j) ?? p.key)
      .reverse();
  /** what preceded their paragraph `i`, nearest first */
  const theirAnchors = (i: number): Anchor[] => theirOrder.slice(0, i).reverse();

  const extras: Array<{ row: MergedParagraph; after: Anchor[] }> = [];
  // removed by others: gone, unless I changed it (then a conflict; kept as a new paragraph if chosen)
  for (const [key, m] of M) {
    if (T.has(key) || !B.has(key)) continue;
    const b = B.get(key)!;
    if (same(m.text, b.text)) continue;
    conflicts.push({ on: 'paragraph', key, base: b.text, theirs: null, mine: m.text });
    extras.push({
      row: { key: '', kind: m.kind, text: m.text, conflict: `p:${key}` },
      after: mineAnchors(mine.paragraphs.findIndex((p) => p.key === key)),
    });
  }

  let paragraphs: MergedParagraph[];
  if (reordered(baseOrder, mineOrder) && !reordered(baseOrder, theirOrder)) {
    // my order, with the paragraphs others added after the one they followed on their side
    const skeleton = mine.paragraphs.flatMap((p, i) => {
      const own = mineRows.get(i);
      if (own) return [own];
      const row = T.has(p.key) ? decide(p.key) : null;
      return row ? [row] : [];
    });
    // added by others, and removed by me but changed by others (a conflict): after their predecessor
    for (const [i, key] of theirOrder.entries()) {
      if (M.has(key)) continue;
      const row = decide(key);
      if (row) extras.push({ row, after: theirAnchors(i) });
    }
    paragraphs = place(skeleton, extras);
  } else {
    // their order, with my new paragraphs after the one they followed in my form
    const skeleton = theirOrder.flatMap((key) => {
      const row = decide(key);
      return row ? [row] : [];
    });
    for (const [i, row] of mineRows) extras.push({ row, after: mineAnchors(i) });
    paragraphs = place(skeleton, extras);
  }
  for (const key of theirOrder) if (!B.has(key)) takenFromTheirs.push(`p:${key}`);
  for (const key of baseOrder)
    if (!T.has(key) && M.has(key) && same(M.get(key)!.text, B.get(key)!.text))
      takenFromTheirs.push(`p:${key}`);

  const merged = { slug, title, standfirst, paragraphs };
  const unchanged =
    conflicts.length === 0 &&
    same(slug, theirs.slug) &&
    same(title, theirs.title) &&
    same(standfirst, theirs.standfirst) &&
    paragraphs.length === theirs.paragraphs.length &&
    paragraphs.every((p, i) => {
      const t = theirs.paragraphs[i]!;
      return p.key === t.key && p.kind === t.kind && same(p.text, t.text);
    });
  return { merged, conflicts, takenFromTheirs: [...new Set(takenFromTheirs)], unchanged };
}
