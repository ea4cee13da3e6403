import { z } from 'zod';

/**
 * The kinds of a report's paragraphs, declared once: the content schema, the editor's save, the
 * importer and the public pages read this list. A kind is a property of the slot (all language
 * versions of a paragraph share it), so the versions stay aligned side by side.
 *
 * - `bullet` and `numbered` are list items; consecutive items render as one list.
 * - `question` and `answer` are interview turns; the label the outlet printed ("Q:", "问：",
 *   "Hỏi:", a speaker's name) stays in the text, in strong type.
 * - `caption` describes a photo the portal does not show.
 */
export const paragraphKinds = [
  'paragraph',
  'heading',
  'quote',
  'bullet',
  'numbered',
  'question',
  'answer',
  'caption',
] as const;
export type ParagraphKind = (typeof paragraphKinds)[number];
export const paragraphKindSchema = z.enum(paragraphKinds);
export const isParagraphKind = (value: unknown): value is ParagraphKind =>
  typeof value === 'string' && (paragraphKinds as readonly string[]).includes(value);

/** The list a kind's consecutive items form, if any. */
export const listOf = (kind: ParagraphKind): 'ul' | 'ol' | null =>
  kind === 'bullet' ? 'ul' : kind === 'numbered' ? 'ol' : null;

/**
 * The number of each numbered item in its run of consecutive numbered items (1, 2, 3 …), for
 * side-by-side rows where each item is shown on its own.
 */
export function itemNumbers(kinds: ParagraphKind[]): Array<number | null> {
  let n = 0;
  return kinds.map((k) => (k === 'numbered' ? ++n : ((n = 0), null)));
}
