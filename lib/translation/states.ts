/**
 * The state of one paragraph of a language version (issue 28), shown beside it in the editor and
 * counted per language on the dashboard: not written yet; needing an edit (the original changed
 * since it was written, or a memory match was inserted and not yet saved); translated; approved
 * by a reviewer as it stands.
 */
export const paragraphStates = ['untranslated', 'needsEditing', 'translated', 'reviewed'] as const;
export type ParagraphState = (typeof paragraphStates)[number];

export function paragraphState(p: {
  markup: string;
  outdated: boolean;
  reviewed?: boolean;
  /** a memory match inserted into the form and not yet saved */
  inserted?: boolean;
}): ParagraphState {
  if (!p.markup.trim()) return 'untranslated';
  if (p.outdated || p.inserted) return 'needsEditing';
  return p.reviewed ? 'reviewed' : 'translated';
}

/** Paragraphs counted by state. */
export type StateCounts = Record<ParagraphState, number>;
export const noCounts = (): StateCounts => ({ untranslated: 0, needsEditing: 0, translated: 0, reviewed: 0 });
