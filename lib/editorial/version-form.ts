import { z } from 'zod';
import type { SaveInput } from './versions';
import { str } from '../http/form-values';

/**
 * The version editor's form (components/newsroom/VersionForm.tsx) read back into a save: each
 * paragraph row (key, kind, text, position, remove), a new paragraph, and — after a conflict — the
 * editor's choice for each part both sides changed. A part without a choice leaves the save
 * unresolved: it is refused, so pressing Save again can never overwrite another editor's text.
 */

export const conflictChoices = ['theirs', 'mine', 'text'] as const;
export type ConflictChoice = (typeof conflictChoices)[number];

/** What the form carries for each open conflict; `null`: that side removed the paragraph. */
const openConflicts = z.array(
  z.object({
    id: z.string().regex(/^(?:slug|title|standfirst|p:[a-z0-9][a-z0-9-]{0,39})$/),
    theirs: z.string().max(10_000).nullable(),
    mine: z.string().max(10_000).nullable(),
  }),
);
export type OpenConflict = z.infer<typeof openConflicts>[number];

function conflictsOf(form: FormData): OpenConflict[] {
  try {
    const parsed = openConflicts.safeParse(JSON.parse(str(form, 'conflicts') || '[]'));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

/** The chosen text of a conflict (null: the paragraph goes), or undefined when nothing was chosen. */
function settle(form: FormData, c: OpenConflict, typed: string): string | null | undefined {
  const choice = str(form, `choice:${c.id}`);
  if (choice === 'theirs') return c.theirs;
  if (choice === 'mine') return c.mine;
  if (choice === 'text') return typed;
  return undefined;
}

export function versionInputFrom(form: FormData): { input: SaveInput; unresolved: string[] } {
  const conflicts = new Map(conflictsOf(form).map((c) => [c.id, c]));
  const unresolved: string[] = [];
  const field = (name: 'slug' | 'title' | 'standfirst') => {
    const typed = str(form, name);
    const c = conflicts.get(name);
    if (!c) return typed;
    const value = settle(form, c, typed);
    if (value === undefined) unresolved.push(name);
    return value ?? typed;
  };

  const keys = form.getAll('key').map(String);
  const kinds = form.getAll('kind').map(String);
  const texts = form.getAll('text').map(String);
  const positions = form.getAll('position').map((p) => Number(p));
  const rowConflicts = form.getAll('rowConflict').map(String);
  const removed = new Set(form.getAll('remove').map(String));
  const rows: Array<{ key: string; kind: string; text: string; position: number; i: number }> = [];
  keys.forEach((key, i) => {
    if (key && removed.has(key)) return;
    let text = texts[i] ?? '';
    const c = conflicts.get(rowConflicts[i] ?? '');
    if (c) {
      const value = settle(form, c, text);
      if (value === undefined) unresolved.push(c.id);
      else if (value === null)
        return; // the paragraph goes
      else text = value;
    }
    rows.push({ key, kind: kinds[i] ?? 'paragraph', text, position: positions[i] ?? i + 1, i });
  });
  const added = str(form, 'newText').trim();
  if (added)
    rows.push({
      key: '',
      kind: 'paragraph',
      text: added,
      position: Number(str(form, 'newPosition')) || rows.length + 1,
      i: rows.length,
    });
  const order = (n: number) => (Number.isFinite(n) ? n : 0);
  const paragraphs = rows
    .sort((a, b) => order(a.position) - order(b.position) || a.i - b.i)
    .map(({ key, kind, text }) => ({ key, kind, text }));
  return {
    input: {
      articleId: str(form, 'articleId'),
      locale: str(form, 'locale'),
      baseRevision: str(form, 'baseRevision'),
      slug: field('slug'),
      title: field('title'),
      standfirst: field('standfirst'),
      paragraphs,
      openedState: str(form, 'openedState') || undefined,
      publishNow: str(form, 'publishNow'),
      changeKind: str(form, 'changeKind') || undefined,
      correctionNote: str(form, 'correctionNote'),
    },
    unresolved,
  };
}
