import type { ImportPreview } from '@/lib/editorial/import/parse';
import { locales } from '@/lib/model/locales';

/** Letters and digits only, folded: what must survive of a line wherever it went. */
const core = (text: string) =>
  text
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, '')
    .toLowerCase();
/** A list item's number is the list's to draw (1., 2) and ① render as an ordered list). */
const withoutNumber = (line: string) => line.replace(/^\s*(?:\d{1,2}[.)、]|[（(]\d{1,2}[)）]|[①-⑳])/u, '');

/**
 * Point 9 of the import: every non-empty input line ends up in the draft (a headline, a
 * standfirst, a paragraph), in the header fields, or in the dropped list — and its words are
 * there. Returns one message per line that is not accounted for (empty when all are).
 */
export function accountFor(input: string, result: ImportPreview): string[] {
  const places = new Map<number, string[]>();
  const put = (line: number, text: string) => places.set(line, [...(places.get(line) ?? []), text]);
  for (const h of result.metadata.lines) put(h.line, h.text);
  for (const d of result.dropped) put(d.line, d.text);
  for (const l of locales) {
    for (const line of result.titleLines[l] ?? []) put(line, result.title[l] ?? '');
    for (const line of result.standfirstLines[l] ?? []) put(line, result.standfirst[l] ?? '');
    for (const p of result.paragraphs) for (const line of p.lines[l] ?? []) put(line, p.text[l] ?? '');
  }
  const problems: string[] = [];
  input
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .forEach((raw, i) => {
      if (!core(raw)) return;
      const wanted = core(withoutNumber(raw));
      const found = places.get(i + 1);
      if (!found) problems.push(`line ${i + 1} went nowhere: ${raw}`);
      else if (!core(found.join(' ')).includes(wanted))
        problems.push(`line ${i + 1} lost words: ${raw} → ${found.join(' | ')}`);
    });
  return problems;
}
