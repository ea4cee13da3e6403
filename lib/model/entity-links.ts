import type { EntityKind } from './kinds';

/**
 * Entity links in report bodies: the people, cities and agreements a report mentions (and the event
 * it covers) are linked
 * where their name (or a known variant in the version's language) first appears in the body.
 *
 * Matching is leftmost-longest over the whole version, paragraph by paragraph:
 * - the longest name wins where names overlap ("Nanning Initiative" over "Nanning", 南宁倡议 over
 *   南宁), and text that names one entity never links another;
 * - only the first mention of an entity is linked; later mentions stay plain text but still
 *   consume their characters, so "Nanning" inside a second "Nanning Initiative" links nothing;
 * - names in scripts written with spaces (Latin with Vietnamese diacritics, digits) must start and
 *   end on a word boundary, where a letter, combining mark or digit of such a script next to the
 *   name means it is inside a longer word (Chinese next to it is a boundary); names in Chinese
 *   have no boundary to check and match anywhere;
 * - a name that belongs to two entities is ambiguous and links neither;
 * - text that is already a link (`href`) is left alone, so a link never nests inside another.
 *
 * Text is compared in Unicode NFC, so decomposed Vietnamese input matches composed names.
 */

export type EntityRef = { kind: EntityKind; id: string };
/** An entity and the names it goes by in one language. */
export type EntityNames = EntityRef & { names: string[] };
/** A run of paragraph text: plain, an existing link, or a link to an entity's page. */
/** `marks` (emphasis, strong) come from the editors' structured text and survive entity linking. */
export type TextRun = { text: string; href?: string; entity?: EntityRef; marks?: Array<'em' | 'strong'> };

const wordChar = /[\p{L}\p{M}\p{N}]/u;
// Scripts written without spaces between words: no word boundary to check against.
const unspacedScript =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

type Candidate = { name: string; entity: EntityRef; checkStart: boolean; checkEnd: boolean };

function candidatesOf(entities: EntityNames[]): Map<string, Candidate[]> {
  const owners = new Map<string, Set<string>>();
  const byName = new Map<string, EntityRef>();
  for (const { kind, id, names } of entities) {
    for (const raw of names) {
      const name = raw.normalize('NFC').trim();
      if (!name) continue;
      const key = `${kind}:${id}`;
      owners.set(name, (owners.get(name) ?? new Set()).add(key));
      byName.set(name, { kind, id });
    }
  }
  // Indexed by first character; each list longest first, so the first match is the longest.
  const index = new Map<string, Candidate[]>();
  for (const [name, entity] of byName) {
    if ((owners.get(name)?.size ?? 0) > 1) continue;
    const chars = [...name];
    const first = chars[0]!;
    const last = chars[chars.length - 1]!;
    const candidate = {
      name,
      entity,
      checkStart: !unspacedScript.test(first),
      checkEnd: !unspacedScript.test(last),
    };
    index.set(first, [...(index.get(first) ?? []), candidate]);
  }
  for (const list of index.values()) list.sort((a, b) => b.name.length - a.name.length);
  return index;
}

function charBefore(text: string, at: number): string {
  if (at === 0) return '';
  const code = text.charCodeAt(at - 1);
  // a low surrogate: the character is the pair
  return code >= 0xdc00 && code <= 0xdfff && at > 1 ? text.slice(at - 2, at) : text.slice(at - 1, at);
}

function charAt(text: string, at: number): string {
  const point = text.codePointAt(at);
  return point === undefined ? '' : String.fromCodePoint(point);
}

/** Whether `ch` continues a word written with spaces (so a name next to it is inside that word). */
function continuesWord(ch: string): boolean {
  return wordChar.test(ch) && !unspacedScript.test(ch);
}

function matchAt(text: string, at: number, index: Map<string, Candidate[]>): Candidate | undefined {
  const list = index.get(charAt(text, at));
  if (!list) return undefined;
  return list.find(
    (c) =>
      text.startsWith(c.name, at) &&
      !(c.checkStart && continuesWord(charBefore(text, at))) &&
      !(c.checkEnd && continuesWord(charAt(text, at + c.name.length))),
  );
}

/**
 * Splits the paragraphs of one language version into runs, linking the first mention of each
 * entity. Paragraphs are given as runs too, so text that is already a link stays untouched.
 */
export function linkEntities(paragraphs: TextRun[][], entities: EntityNames[]): TextRun[][] {
  const index = candidatesOf(entities);
  const linked = new Set<string>();

  return paragraphs.map((runs) =>
    runs.flatMap((run): TextRun[] => {
      if (run.href !== undefined || run.entity !== undefined) return [run];
      const text = run.text.normalize('NFC');
      const out: TextRun[] = [];
      const marks = run.marks?.length ? { marks: run.marks } : {};
      let plainFrom = 0;
      let at = 0;
      while (at < text.length) {
        const match = matchAt(text, at, index);
        if (!match) {
          at += charAt(text, at).length || 1;
          continue;
        }
        const key = `${match.entity.kind}:${match.entity.id}`;
        if (!linked.has(key)) {
          linked.add(key);
          if (at > plainFrom) out.push({ text: text.slice(plainFrom, at), ...marks });
          out.push({ text: match.name, entity: match.entity, ...marks });
          plainFrom = at + match.name.length;
        }
        at += match.name.length;
      }
      if (plainFrom < text.length) out.push({ text: text.slice(plainFrom), ...marks });
      return out;
    }),
  );
}

/** The names an entity goes by in `locale`: its name there and its variants there or in every language. */
export function namesInLocale(
  locale: string,
  translations: Array<{ locale: string; name: string }>,
  aliases: Array<{ locale: string | null; name: string }> = [],
): string[] {
  return [
    ...translations.filter((t) => t.locale === locale).map((t) => t.name),
    ...aliases.filter((a) => a.locale === locale || a.locale === null).map((a) => a.name),
  ];
}

/** The plain text of a paragraph's runs. */
export function textOf(runs: TextRun[]): string {
  return runs.map((r) => r.text).join('');
}
