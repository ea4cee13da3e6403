import { locales, type Locale } from '../../model/locales';
import { hasControlCharacters } from '../../model/text-input';
import { LIMITS } from '../limits';
import type { ParagraphKind } from '../../model/paragraph-kinds';
import { align, anchorsOf, compileGlossary, type AlignBlock, type Glossary } from './align';
import { contextDebris, lineDebris, type DropReason } from './debris';
import { readDatePrefix, readHeaderLine, type DateReading, type HeaderItem, type Reviewer } from './header';
import { markedKind, settleKinds, startsBlock } from './structure';
import {
  cleanLine,
  detectLanguage,
  endsClause,
  endsSentence,
  fold,
  hanChar,
  isIndented,
  joinPieces,
  unspaceCjk,
  widthOf,
} from './text';

/**
 * Reads a pasted release as editors receive it — a bilingual press release (languages
 * alternating, in blocks or mixed), a web page copied with its debris, a newspaper clipping or a
 * PDF with a line break every few characters — into what the import will create. Pure (no
 * database): the newsroom shows its result as a preview, and the import parses the text again
 * when the editor confirms (the preview is never trusted).
 *
 * Long for one reason: it is the pipeline's table of contents — each step below is a few lines
 * calling into ./text, ./header, ./debris, ./structure and ./align, in the order they run.
 *
 * The pipeline, in order:
 * 1. each line: header and footer items (release time, source, dateline, credits, byline) or
 *    page debris (player timestamps, share bars, image placeholders), else content;
 * 2. debris that needs its neighbours: related-article lists, a table of contents, text printed twice;
 * 3. hard-wrapped lines rejoined into paragraphs, spaced-out Chinese closed up;
 * 4. each paragraph's language and kind (heading, list item, quotation, interview turn, caption);
 * 5. each language's headline (first, last, or above a subtitle), standfirst (the subtitle);
 * 6. the languages' paragraphs aligned by content (./align.ts).
 * Every input line ends in exactly one place: the header, the dropped list, a headline or
 * standfirst, or a paragraph — nothing disappears silently.
 */

export const IMPORT_LIMITS = { characters: 100_000 } as const;

export type { DropReason, Reviewer, DateReading };
export type ReleaseMetadata = {
  /** ISO 8601 with offset; a time printed without a zone is read in the event's zone (UTC+8) */
  releasedAt: string | null;
  precision: 'minute' | 'day' | null;
  /** how a date that could be read two ways was read */
  dateReading: DateReading | null;
  zoneAssumed: boolean;
  outlet: string | null;
  bylines: Partial<Record<Locale, string>>;
  reviewers: Reviewer[];
  /** the lines read as header or footer, with what each gave */
  lines: Array<{ line: number; text: string; fields: HeaderItem['field'][] }>;
};
export type Dropped = { line: number; text: string; reason: DropReason };
/** One aligned slot: its kind, its text in each language the release has it in, and the lines it came from. */
export type ImportedSlot = {
  kind: ParagraphKind;
  text: Partial<Record<Locale, string>>;
  lines: Partial<Record<Locale, number[]>>;
};
export type ImportPreview = {
  originalLocale: Locale;
  languages: Locale[];
  layout: 'single' | 'alternating' | 'blocks' | 'mixed';
  title: Partial<Record<Locale, string>>;
  titleLines: Partial<Record<Locale, number[]>>;
  /** languages whose headline the release does not have (the editor writes one) */
  missingTitle: Locale[];
  standfirst: Partial<Record<Locale, string>>;
  standfirstLines: Partial<Record<Locale, number[]>>;
  paragraphs: ImportedSlot[];
  /** indexes of paragraphs that lack a language the release otherwise has (placeholders there) */
  unpaired: number[];
  metadata: ReleaseMetadata;
  dropped: Dropped[];
  /** lines the editor brought back from the dropped list */
  kept: number[];
};
export type ImportProblem =
  | { problem: 'empty' }
  | { problem: 'tooLong'; limit: number }
  | { problem: 'paragraphTooLong'; line: number; quote: string; limit: number }
  | { problem: 'tooManyParagraphs'; limit: number }
  | { problem: 'noBody'; lines: number[]; quote: string }
  | { problem: 'controlCharacters'; line: number };
export type ParseResult = ({ ok: true } & ImportPreview) | ({ ok: false } & ImportProblem);
export type ParseOptions = {
  /** people, cities and agreements with their names in every language (anchors for alignment) */
  glossary?: Glossary;
  /** dropped lines the editor chose to keep as text */
  keep?: number[];
};

/** The problem of a failed parse, without its `ok` flag (to pass on in another result). */
export function problemOf(result: { ok: false } & ImportProblem): ImportProblem {
  const { ok, ...problem } = result;
  void ok;
  return problem;
}

/** The start of a line, to quote it in a message. */
export const quoteOf = (text: string) =>
  [...text].length > 60 ? `${[...text].slice(0, 60).join('')}…` : text;

type Line = { line: number; raw: string; text: string; indent: boolean };
type Content = Line & { separated: boolean; locale: Locale };
type Block = {
  lines: number[];
  text: string;
  locale: Locale;
  kind: ParagraphKind;
  speaker?: string;
  printedTwice: boolean;
  /** order among all blocks of the release */
  position: number;
};

/**
 * A release's lines. Page breaks, vertical tabs and the Unicode line and paragraph separators are
 * line breaks (text copied from a PDF or a word processor has them); any other control character
 * is refused, naming its line, before anything is read.
 */
export const releaseLines = (input: string): string[] =>
  input.replace(/\r\n?|[\f\v\u0085\u2028\u2029]/g, '\n').split('\n');

/**
 * A release as the steps read it: each step fills in its part from the parts before it, or stops
 * the reading with a problem the editor is shown.
 */
type Reading = {
  input: string;
  keep: Set<number>;
  glossary: ReturnType<typeof compileGlossary>;
  lines: Line[];
  metadata: ReleaseMetadata;
  dropped: Dropped[];
  /** lines not read as header items or single-line debris, with whether a blank line preceded */
  candidates: Array<Line & { separated: boolean }>;
  content: Content[];
  /** text printed twice (a photo's caption repeated under it), folded */
  printedTwice: Set<string>;
  blocks: Block[];
  byLanguage: Map<Locale, Block[]>;
  headlines: Pick<ImportPreview, 'title' | 'titleLines' | 'standfirst' | 'standfirstLines'>;
  body: Map<Locale, Block[]>;
  bodyBlocks: Block[];
  originalLocale: Locale;
  languages: Locale[];
  paragraphs: ImportedSlot[];
};
type Step = (reading: Reading) => ImportProblem | void;

/** 0. the text as lines, within the limits, without control characters */
const readLines: Step = (r) => {
  if (r.input.length > IMPORT_LIMITS.characters)
    return { problem: 'tooLong', limit: IMPORT_LIMITS.characters };
  const rows = releaseLines(r.input);
  const bad = rows.findIndex((raw) => hasControlCharacters(raw, false));
  if (bad >= 0) return { problem: 'controlCharacters', line: bad + 1 };
  r.lines = rows.map((raw, i) => ({ line: i + 1, raw, text: cleanLine(raw), indent: isIndented(raw) }));
};

/** 1. header items and single-line debris */
const readHeader: Step = (r) => {
  let separated = true;
  for (const l of r.lines) {
    if (!l.text) {
      separated = true;
      continue;
    }
    const prefix = readDatePrefix(l.text);
    const items = prefix ? [{ field: 'releasedAt' as const, time: prefix.time }] : readHeaderLine(l.text);
    if (items) {
      record(r.metadata, l, items);
      separated = true;
      if (!prefix?.rest) continue;
      l.text = prefix.rest;
    }
    const reason = r.keep.has(l.line) ? null : lineDebris(l.text);
    if (reason) {
      r.dropped.push({ line: l.line, text: l.text, reason });
      continue;
    }
    r.candidates.push({ ...l, separated });
    separated = false;
  }
};

/** 2. debris that needs its neighbours; each remaining line's language */
const dropDebris: Step = (r) => {
  const contextual = contextDebris(r.candidates.filter((c) => !r.keep.has(c.line)));
  let pendingSeparation = false;
  for (const c of r.candidates) {
    const reason = contextual.get(c.line);
    if (reason) {
      r.dropped.push({ line: c.line, text: c.text, reason });
      if (reason === 'duplicate') r.printedTwice.add(fold(c.text).replace(/\s+/gu, ' '));
      else pendingSeparation = true;
      continue;
    }
    const locale = detectLanguage(c.text) ?? r.content.at(-1)?.locale ?? 'en';
    const text = locale === 'zh' ? unspaceCjk(c.text) : c.text;
    r.content.push({ ...c, text, locale, separated: c.separated || pendingSeparation });
    pendingSeparation = false;
  }
  r.dropped.sort((a, b) => a.line - b.line);
  if (r.content.length === 0)
    return r.lines.some((l) => l.text)
      ? { problem: 'noBody', lines: r.dropped.map((d) => d.line), quote: quoteOf(r.dropped[0]?.text ?? '') }
      : { problem: 'empty' };
};

/** 3. hard-wrapped lines into paragraphs, each with the kind its own text marks */
const joinParagraphs: Step = (r) => {
  r.blocks = rejoin(r.content).map((b, position): Block => {
    const marked = markedKind(b.text);
    return {
      lines: b.lines,
      locale: b.locale,
      text: marked?.text ?? b.text,
      kind: marked?.kind ?? 'paragraph',
      ...(marked?.speaker ? { speaker: marked.speaker } : {}),
      printedTwice: r.printedTwice.has(fold(b.text).replace(/\s+/gu, ' ')),
      position,
    };
  });
  const long = r.blocks.find((b) => b.text.length > LIMITS.paragraph);
  if (long)
    return {
      problem: 'paragraphTooLong',
      line: long.lines[0]!,
      quote: quoteOf(long.text),
      limit: LIMITS.paragraph,
    };
};

/** 4–5. per language: kinds that depend on neighbours, headline and standfirst */
const findHeadlines: Step = (r) => {
  for (const b of r.blocks) r.byLanguage.set(b.locale, [...(r.byLanguage.get(b.locale) ?? []), b]);
  const knownName = (name: string) => r.glossary.some((g) => g.pattern.test(fold(name)));
  const { title, titleLines, standfirst, standfirstLines } = r.headlines;
  for (const [locale, sequence] of r.byLanguage) {
    const { titleAt, standfirstAt } = headline(sequence);
    const rest = sequence.filter((_, i) => i !== titleAt && i !== standfirstAt);
    settleKinds(rest, knownName);
    for (const b of rest)
      if (b.printedTwice && b.kind === 'paragraph' && widthOf(b.text) <= 300) b.kind = 'caption';
    if (titleAt !== null) {
      title[locale] = sequence[titleAt]!.text;
      titleLines[locale] = sequence[titleAt]!.lines;
    }
    if (standfirstAt !== null) {
      standfirst[locale] = sequence[standfirstAt]!.text.replace(/^(?:——|—|--)\s*/u, '');
      standfirstLines[locale] = sequence[standfirstAt]!.lines;
    }
    r.body.set(locale, rest);
  }
  // more paragraphs in one language than a report may have: refused before aligning (the
  // alignment's table grows with the product of the two lengths)
  if ([...r.body.values()].some((b) => b.length > LIMITS.paragraphs))
    return { problem: 'tooManyParagraphs', limit: LIMITS.paragraphs };
  const inBody = new Set([...r.body.values()].flat());
  r.bodyBlocks = r.blocks.filter((b) => inBody.has(b));
  if (r.bodyBlocks.length === 0)
    return { problem: 'noBody', lines: r.blocks.flatMap((b) => b.lines), quote: quoteOf(r.blocks[0]!.text) };
};

/** 6. alignment against the original (the language of the first paragraph of the body) */
const alignBody: Step = (r) => {
  r.originalLocale = r.bodyBlocks[0]!.locale;
  r.languages = [r.originalLocale, ...locales.filter((l) => l !== r.originalLocale)].filter((l) =>
    r.byLanguage.has(l),
  );
  r.paragraphs = alignLanguages(r.originalLocale, r.languages, r.body, r.bodyBlocks, r.glossary);
  if (r.paragraphs.length > LIMITS.paragraphs)
    return { problem: 'tooManyParagraphs', limit: LIMITS.paragraphs };
};

/** The pipeline, in the order it runs. */
const steps: Step[] = [readLines, readHeader, dropDebris, joinParagraphs, findHeadlines, alignBody];

export function parseRelease(input: string, options: ParseOptions = {}): ParseResult {
  const r: Reading = {
    input,
    keep: new Set(options.keep ?? []),
    glossary: compileGlossary(options.glossary ?? []),
    lines: [],
    metadata: {
      releasedAt: null,
      precision: null,
      dateReading: null,
      zoneAssumed: false,
      outlet: null,
      bylines: {},
      reviewers: [],
      lines: [],
    },
    dropped: [],
    candidates: [],
    content: [],
    printedTwice: new Set(),
    blocks: [],
    byLanguage: new Map(),
    headlines: { title: {}, titleLines: {}, standfirst: {}, standfirstLines: {} },
    body: new Map(),
    bodyBlocks: [],
    originalLocale: 'en',
    languages: [],
    paragraphs: [],
  };
  for (const step of steps) {
    const problem = step(r);
    if (problem) return { ok: false, ...problem };
  }
  const { title } = r.headlines;
  return {
    ok: true,
    originalLocale: r.originalLocale,
    languages: r.languages,
    layout: layoutOf(r.bodyBlocks, r.languages),
    ...r.headlines,
    missingTitle: r.languages.filter((l) => title[l] === undefined),
    paragraphs: r.paragraphs,
    unpaired: r.paragraphs.flatMap((p, i) => (r.languages.every((l) => p.text[l] !== undefined) ? [] : [i])),
    metadata: r.metadata,
    dropped: r.dropped,
    kept: [...r.keep].filter((line) => r.lines[line - 1]?.text).sort((a, b) => a - b),
  };
}

function record(metadata: ReleaseMetadata, l: Line, items: HeaderItem[]) {
  for (const item of items) {
    // the first time printed wins, but a time of day refines a bare date of the same day
    const refines =
      item.field === 'releasedAt' &&
      metadata.precision === 'day' &&
      item.time.precision === 'minute' &&
      item.time.iso.slice(0, 10) === metadata.releasedAt?.slice(0, 10);
    if (item.field === 'releasedAt' && (!metadata.releasedAt || refines)) {
      metadata.releasedAt = item.time.iso;
      metadata.precision = item.time.precision;
      metadata.dateReading = item.time.reading;
      metadata.zoneAssumed = item.time.zoneAssumed;
    } else if (item.field === 'outlet') metadata.outlet ??= item.outlet;
    else if (item.field === 'byline') metadata.bylines[item.locale] ??= item.byline;
    else if (item.field === 'reviewers')
      for (const c of item.reviewers)
        if (!metadata.reviewers.some((r) => r.name === c.name && r.role === c.role))
          metadata.reviewers.push(c);
  }
  metadata.lines.push({ line: l.line, text: l.text, fields: [...new Set(items.map((i) => i.field))] });
}

// ───────────── 3. hard-wrapped text ─────────────

/**
 * Whether a language's lines are hard-wrapped (a clipping or a PDF): most of them fill nearly the
 * same width, and that width is a column's, not a paragraph's. Returns the width of a full line.
 */
function wrapWidth(lines: Content[], locale: Locale): number | null {
  const widths = lines.filter((l) => l.locale === locale).map((l) => widthOf(l.text));
  if (widths.length < 6) return null;
  const sorted = [...widths].sort((a, b) => a - b);
  const full = sorted[Math.floor((sorted.length - 1) * 0.9)]!;
  const low = full * (locale === 'zh' ? 0.8 : 0.7);
  const band = widths.filter((w) => w >= low && w <= full + 2).length;
  const column = locale === 'zh' ? 45 : 110;
  return full <= column && band >= 6 && band >= widths.length * 0.5 ? low : null;
}

function rejoin(content: Content[]): Array<{ lines: number[]; text: string; locale: Locale }> {
  const fullFrom = new Map(locales.map((l) => [l, wrapWidth(content, l)]));
  const out: Array<{ lines: number[]; text: string; locale: Locale; last: string }> = [];
  for (const c of content) {
    const previous = out.at(-1);
    const full = fullFrom.get(c.locale) ?? null;
    const joins =
      previous !== undefined &&
      previous.locale === c.locale &&
      !c.separated &&
      !startsBlock(c.text) &&
      !subtitle.test(c.text) &&
      !(full !== null && c.indent) &&
      // a full line continues; a sentence end followed by a short line that is not one is a title
      ((full !== null &&
        widthOf(previous.last) >= full &&
        !(endsSentence(previous.last) && widthOf(c.text) < full && !endsSentence(c.text))) ||
        // a break in mid-sentence (English, Vietnamese) or after a comma
        (c.locale !== 'zh' && !endsSentence(previous.last) && /^\p{Ll}/u.test(c.text)) ||
        endsClause(previous.last));
    if (joins) {
      previous.text = joinPieces(previous.text, c.text);
      previous.lines.push(c.line);
      previous.last = c.text;
    } else out.push({ lines: [c.line], text: c.text, locale: c.locale, last: c.text });
  }
  return out.map(({ lines, text, locale }) => ({ lines, text, locale }));
}

// ───────────── 5. headline and standfirst ─────────────

const subtitle = /^(?:——|—|--)\s*\S/u;
const headlineLike = (b: Block | undefined): b is Block =>
  b !== undefined &&
  (b.kind === 'paragraph' || b.kind === 'heading') &&
  widthOf(b.text) <= (hanChar.test(b.text) ? 40 : 160) &&
  !/[.!。！;；:：,，、]$/u.test(b.text);

/**
 * A language's headline: the line above a subtitle ("——…"), else its first paragraph when that
 * reads as a headline, else its last when the text starts with body and ends with one (clippings
 * print the title after the story). None is fine: the editor is asked to write it.
 */
function headline(sequence: Block[]): { titleAt: number | null; standfirstAt: number | null } {
  // one line alone in a language is its headline when it reads as one (a report needs a body too)
  if (sequence.length < 2) return { titleAt: headlineLike(sequence[0]) ? 0 : null, standfirstAt: null };
  for (const i of [1, 2, sequence.length - 1])
    if (
      subtitle.test(sequence[i]?.text ?? '') &&
      headlineLike(sequence[i - 1]) &&
      !subtitle.test(sequence[i - 1]!.text)
    )
      return { titleAt: i - 1, standfirstAt: i };
  if (headlineLike(sequence[0])) return { titleAt: 0, standfirstAt: null };
  const first = sequence[0]!;
  const last = sequence.at(-1)!;
  if (headlineLike(last) && endsSentence(first.text) && widthOf(first.text) >= 2 * widthOf(last.text))
    return { titleAt: sequence.length - 1, standfirstAt: null };
  return { titleAt: null, standfirstAt: null };
}

// ───────────── 6. alignment ─────────────

function alignLanguages(
  original: Locale,
  languages: Locale[],
  body: Map<Locale, Block[]>,
  order: Block[],
  glossary: ReturnType<typeof compileGlossary>,
): ImportedSlot[] {
  const rank = new Map(order.map((b, i) => [b, i]));
  const toAlign = (b: Block): AlignBlock => ({
    text: b.text,
    kind: b.kind,
    anchors: anchorsOf(b.text, glossary),
    position: rank.get(b)!,
  });
  const group: number[] = [];
  let seen = new Set<Locale>();
  for (const b of order) {
    if (b.locale === original || seen.has(b.locale)) seen = new Set();
    seen.add(b.locale);
    group.push((group.at(-1) ?? -1) + (seen.size === 1 ? 1 : 0));
  }
  const a = body.get(original)!;
  const slots: ImportedSlot[] = a.map((b) => ({
    kind: b.kind,
    text: { [original]: b.text },
    lines: { [original]: b.lines },
  }));
  const inserted = new Map<number, ImportedSlot[]>();
  const alignedA = a.map(toAlign);
  for (const locale of languages.slice(1)) {
    const b = body.get(locale) ?? [];
    const alignedB = b.map(toAlign);
    // in a release that alternates, a translation sits in the same group as its original: a
    // group starts at each paragraph in the original language or where a language comes back
    const adjacent = (x: AlignBlock, y: AlignBlock) =>
      group[x.position] === group[y.position] ? 1.6 : Math.abs(x.position - y.position) === 1 ? 0.4 : 0;
    let lastOriginal = -1;
    for (const [i, j] of align(alignedA, alignedB, adjacent)) {
      if (i !== null) lastOriginal = i;
      if (j === null) continue;
      if (i !== null) {
        slots[i]!.text[locale] = b[j]!.text;
        slots[i]!.lines[locale] = b[j]!.lines;
      } else
        inserted.set(lastOriginal, [
          ...(inserted.get(lastOriginal) ?? []),
          { kind: b[j]!.kind, text: { [locale]: b[j]!.text }, lines: { [locale]: b[j]!.lines } },
        ]);
    }
  }
  return [-1, ...slots.keys()].flatMap((i) => [...(i >= 0 ? [slots[i]!] : []), ...(inserted.get(i) ?? [])]);
}

function layoutOf(bodyBlocks: Block[], languages: Locale[]): ImportPreview['layout'] {
  if (languages.length === 1) return 'single';
  const runs = bodyBlocks.filter((b, i) => i === 0 || bodyBlocks[i - 1]!.locale !== b.locale).length;
  if (runs <= languages.length) return 'blocks';
  return runs >= bodyBlocks.length * 0.8 ? 'alternating' : 'mixed';
}
