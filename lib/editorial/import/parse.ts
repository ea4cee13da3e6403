import { locales, type Locale } from '../../model/locales';
import { hasControlCharacters } from '../../model/text-input';
import { LIMITS } from '../limits';
import type { ParagraphKind } from '../../model/paragraph-kinds';
import { align, anchorsOf, compileGlossary, type AlignBlock, type Glossary } from './align';
import { contextDebris, entryKey, isPhotoSlot, lineDebris, type DropReason } from './debris';
import {
  readDatePrefix,
  readHeaderLine,
  readLead,
  type DateReading,
  type HeaderItem,
  type Reviewer,
} from './header';
import { releaseLines } from './lines';
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
export { releaseLines };
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
/**
 * A reading the parser guessed, which the preview shows beside it so the editor checks it: a
 * headline taken from the last lines, paragraph breaks inferred from line widths, a date read from
 * a dateline, an outlet from a prefix, captions placed after photo placeholders, questions told
 * from answers by who asks, headings found through a table of contents.
 */
export type ImportNote = {
  about:
    | 'headlineFromEnd'
    | 'breaksFromWidths'
    | 'dateFromDateline'
    | 'outletFromPrefix'
    | 'captionsAfterPhotos'
    | 'turnsByAsker'
    | 'headingsFromContents';
  locale: Locale | null;
  lines: number[];
};
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
  /** readings that are guesses, for the editor to check */
  notes: ImportNote[];
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
  /** lines the editor joined to the paragraph above */
  join?: number[];
  /** lines the editor made start a paragraph of their own */
  split?: number[];
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
/** a line of text: how many blank lines stood before it, and whether a photo placeholder did */
type Candidate = Line & { gap: number; afterImage: boolean };
type Content = Candidate & { locale: Locale; separated: boolean; tocHeading: boolean };
type Block = {
  lines: number[];
  text: string;
  locale: Locale;
  kind: ParagraphKind;
  speaker?: string;
  cased?: boolean;
  printedTwice: boolean;
  /** a title line printed after the text (a clipping's headline and subtitle) */
  printedLast: boolean;
  /** order among all blocks of the release */
  position: number;
};

/**
 * A release as the steps read it: each step fills in its part from the parts before it, or stops
 * the reading with a problem the editor is shown.
 */
type Reading = {
  input: string;
  keep: Set<number>;
  join: Set<number>;
  split: Set<number>;
  glossary: ReturnType<typeof compileGlossary>;
  lines: Line[];
  metadata: ReleaseMetadata;
  dropped: Dropped[];
  /** lines not read as header items or single-line debris */
  candidates: Candidate[];
  content: Content[];
  notes: ImportNote[];
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
  let gap = 1;
  let afterImage = false;
  for (const l of r.lines) {
    if (!l.text) {
      gap++;
      continue;
    }
    const prefix = readDatePrefix(l.text);
    const items = prefix ? [{ field: 'releasedAt' as const, time: prefix.time }] : readHeaderLine(l.text);
    if (items) {
      record(r.metadata, l, items);
      gap = Math.max(gap, 1);
      afterImage = false;
      if (!prefix?.rest) continue;
      l.text = prefix.rest;
    }
    const reason = r.keep.has(l.line) ? null : lineDebris(l.text);
    if (reason) {
      r.dropped.push({ line: l.line, text: l.text, reason });
      // the line after a photo's placeholder is that photo's caption
      afterImage = reason === 'image' && isPhotoSlot(l.text);
      continue;
    }
    r.candidates.push({ ...l, gap, afterImage });
    gap = 0;
    afterImage = false;
  }
};

/** 2. debris that needs its neighbours; each remaining line's language */
const dropDebris: Step = (r) => {
  const { dropped: contextual, headings } = contextDebris(r.candidates.filter((c) => !r.keep.has(c.line)));
  if (headings.size)
    r.notes.push({
      about: 'headingsFromContents',
      locale: null,
      lines: [...contextual].filter(([, why]) => why === 'tableOfContents').map(([line]) => line),
    });
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
    r.content.push({
      ...c,
      text,
      locale,
      separated: c.gap > 0 || pendingSeparation,
      tocHeading: headings.has(entryKey(c.text)),
    });
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
  const { paragraphs, inferred } = rejoin(r.content, r.join, r.split);
  for (const locale of inferred)
    r.notes.push({
      about: 'breaksFromWidths',
      locale,
      lines: r.content.filter((c) => c.locale === locale).map((c) => c.line),
    });
  const captions: number[] = [];
  r.blocks = paragraphs.map((b, position): Block => {
    const marked = markedKind(b.text);
    let kind = marked?.kind ?? 'paragraph';
    // a heading the table of contents announced; a line after a photo's placeholder is its caption
    if (b.tocHeading) kind = 'heading';
    else if (
      b.afterImage &&
      kind === 'paragraph' &&
      captionLike(b, paragraphs[position - 1], paragraphs[position + 1])
    ) {
      kind = 'caption';
      captions.push(b.lines[0]!);
    }
    return {
      lines: b.lines,
      locale: b.locale,
      text: b.tocHeading ? b.text : (marked?.text ?? b.text),
      kind,
      ...(marked?.speaker && !b.tocHeading ? { speaker: marked.speaker, cased: marked.cased } : {}),
      printedTwice: r.printedTwice.has(fold(b.text).replace(/\s+/gu, ' ')),
      printedLast: b.printedLast,
      position,
    };
  });
  if (captions.length) r.notes.push({ about: 'captionsAfterPhotos', locale: null, lines: captions });
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
    const { titleAt, standfirstAt, fromEnd } = headline(sequence);
    if (fromEnd)
      r.notes.push({
        about: 'headlineFromEnd',
        locale,
        lines: [titleAt, standfirstAt].flatMap((i) => (i === null ? [] : sequence[i]!.lines)),
      });
    const rest = sequence.filter((_, i) => i !== titleAt && i !== standfirstAt);
    const questions = settleKinds(rest, knownName);
    if (questions.length)
      r.notes.push({ about: 'turnsByAsker', locale, lines: questions.map((i) => rest[i]!.lines[0]!) });
    readLeadOf(r, rest[0]);
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
    join: new Set(options.join ?? []),
    split: new Set(options.split ?? []),
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
    notes: [],
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
    notes: r.notes,
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

/**
 * The line under a photo's placeholder is its caption when it reads as one: one sentence at most,
 * short, and at most half as wide as the longer text beside it (a report going on after a photo
 * without a caption reads as body).
 */
function captionLike(b: { text: string }, ...around: Array<{ text: string } | undefined>): boolean {
  const width = widthOf(b.text);
  const inner = b.text.replace(/[.!?。！？…]["'”’」』）)\]]*$/u, '');
  const widest = Math.max(0, ...around.map((n) => (n ? widthOf(n.text) : 0)));
  return (
    width <= (hanChar.test(b.text) ? 80 : 200) && !/[.!?。！？](?:\s|$)/u.test(inner) && width * 2 <= widest
  );
}

/**
 * The outlet prefix or dateline at the start of a language's first body paragraph: an outlet's
 * prefix leaves the text and is listed with the header lines; a dateline stays in the text and
 * gives the date when no header line did (a header's time wins; a time of day refines a date).
 */
function readLeadOf(r: Reading, first: Block | undefined) {
  if (!first || first.kind !== 'paragraph') return;
  const lead = readLead(first.text);
  if (!lead) return;
  const line = first.lines[0]!;
  if (lead.prefix) {
    first.text = lead.text;
    r.metadata.lines.push({ line, text: lead.prefix, fields: ['outlet'] });
    r.metadata.lines.sort((a, b) => a.line - b.line);
  }
  if (lead.outlet && !r.metadata.outlet) {
    r.metadata.outlet = lead.outlet;
    r.notes.push({ about: 'outletFromPrefix', locale: first.locale, lines: [line] });
  }
  if (lead.time && !r.metadata.releasedAt) {
    r.metadata.releasedAt = lead.time.iso;
    r.metadata.precision = lead.time.precision;
    r.metadata.dateReading = lead.time.reading;
    r.metadata.zoneAssumed = lead.time.zoneAssumed;
    r.notes.push({ about: 'dateFromDateline', locale: first.locale, lines: [line] });
  }
}

// ───────────── 3. hard-wrapped text ─────────────

/**
 * A language's lines set in a column (a clipping or a PDF): most of them fill nearly the same
 * width, and that width is a column's, not a paragraph's. `full` is the width from which a line
 * counts as full; `firstLine` the usual width of a paragraph's first line (narrower in Chinese,
 * whose two-character indent a copy loses); `blankSeparated` when a blank line follows every line
 * (then blank lines are the copy's, not paragraph breaks — two in a row still are).
 */
type Column = { full: number; width: number; firstLine: number | null; blankSeparated: boolean };

function columnOf(content: Content[], locale: Locale): Column | null {
  const lines = content.filter((l) => l.locale === locale);
  const widths = lines.map((l) => widthOf(l.text));
  if (widths.length < 6) return null;
  const sorted = [...widths].sort((a, b) => a - b);
  const top = sorted[Math.floor((sorted.length - 1) * 0.9)]!;
  const full = top * (locale === 'zh' ? 0.8 : 0.7);
  const band = widths.filter((w) => w >= full && w <= top + 2).length;
  if (top > (locale === 'zh' ? 45 : 110) || band < 6 || band < widths.length * 0.5) return null;
  // a column breaks lines in mid-sentence: short paragraphs of one sentence each are not one
  if (lines.filter((l) => endsSentence(l.text)).length > lines.length * 0.5) return null;
  const firsts = lines
    .filter(
      (l, i) => i > 0 && endsSentence(lines[i - 1]!.text) && !endsSentence(l.text) && !endsClause(l.text),
    )
    .map((l) => widthOf(l.text))
    .sort((a, b) => a - b);
  return {
    full,
    width: sorted[Math.floor(sorted.length / 2)]!,
    firstLine: firsts.length >= 3 ? firsts[Math.floor(firsts.length / 2)]! : null,
    blankSeparated:
      lines.length > 6 && lines.slice(1).filter((l) => l.gap > 0).length >= 0.8 * (lines.length - 1),
  };
}

/**
 * A column's title lines printed after the text (a clipping's headline and subtitle): the one to
 * three lines after its last sentence end, none of them a sentence.
 */
function printedLastLines(content: Content[], locale: Locale): Set<number> {
  const lines = content.filter((l) => l.locale === locale);
  let k = lines.length - 1;
  while (k >= 0 && !endsSentence(lines[k]!.text)) k--;
  const after = lines.slice(k + 1);
  const titleLike = (l: Content) =>
    widthOf(l.text) <= (hanChar.test(l.text) ? 40 : 160) && !/[.!。！;；:：,，、]$/u.test(l.text);
  return k >= 0 && after.length >= 1 && after.length <= 3 && after.every(titleLike)
    ? new Set(after.map((l) => l.line))
    : new Set();
}

type Joined = {
  lines: number[];
  text: string;
  locale: Locale;
  tocHeading: boolean;
  afterImage: boolean;
  printedLast: boolean;
};

/**
 * Lines into paragraphs. Outside a column a blank line or a line that starts a block ends a
 * paragraph, and a line broken in mid-sentence (a comma, a lower-case continuation) continues it.
 * In a column, widths decide: a full line continues; in Chinese (no spaces to break at) a paragraph
 * ends only at a sentence end, unless both lines around it fill the column; a line after a sentence
 * end that is narrower than an indented first line is a heading of its own. Lines the editor joined
 * or split override all of it. Returns the languages whose breaks were inferred from widths.
 */
function rejoin(
  content: Content[],
  joined: Set<number>,
  split: Set<number>,
): { paragraphs: Joined[]; inferred: Locale[] } {
  const columns = new Map(locales.map((l) => [l, columnOf(content, l)]));
  const titles = new Set(locales.flatMap((l) => (columns.get(l) ? [...printedLastLines(content, l)] : [])));
  const out: Array<Joined & { last: string; heading: boolean }> = [];
  const lastText = new Map<Locale, string>();
  for (const c of content) {
    const previous = out.at(-1);
    const column = columns.get(c.locale) ?? null;
    const before = lastText.get(c.locale);
    lastText.set(c.locale, c.text);
    const narrow =
      column?.firstLine != null &&
      (before === undefined || endsSentence(before)) &&
      !endsSentence(c.text) &&
      !endsClause(c.text) &&
      widthOf(c.text) <= column.firstLine - Math.max(2, column.firstLine * 0.12);
    const separated = column?.blankSeparated ? c.gap >= 2 : c.separated;
    const alone = c.tocHeading || c.afterImage || titles.has(c.line) || narrow;
    const full = column?.full ?? null;
    const byWidth =
      column !== null && c.locale === 'zh'
        ? previous !== undefined &&
          (!endsSentence(previous.last) ||
            (widthOf(previous.last) >= column.width - 1 && widthOf(c.text) >= column.width - 1))
        : previous !== undefined &&
          // a full line continues (one that ends a sentence only when it fills the column); a
          // sentence end followed by a short line that is not one is a title
          ((full !== null &&
            column !== null &&
            widthOf(previous.last) >= (endsSentence(previous.last) ? column.width * 0.9 : full) &&
            !(endsSentence(previous.last) && widthOf(c.text) < full && !endsSentence(c.text))) ||
            // a break in mid-sentence (English, Vietnamese) or after a comma
            (c.locale !== 'zh' && !endsSentence(previous.last) && /^\p{Ll}/u.test(c.text)) ||
            endsClause(previous.last));
    const sameLanguage = previous !== undefined && previous.locale === c.locale;
    const joins =
      sameLanguage &&
      !split.has(c.line) &&
      (joined.has(c.line) ||
        (!separated &&
          !alone &&
          !previous.heading &&
          !previous.tocHeading &&
          !previous.afterImage &&
          !previous.printedLast &&
          !startsBlock(c.text) &&
          // "——…" under a title is a subtitle; in a Chinese column a line may start with the dash
          // of "中国—东盟" broken after 中国
          !(subtitle.test(c.text) && (column === null || endsSentence(previous.last))) &&
          !(column !== null && c.indent) &&
          byWidth));
    if (joins) {
      previous.text = joinPieces(previous.text, c.text);
      previous.lines.push(c.line);
      previous.last = c.text;
    } else
      out.push({
        lines: [c.line],
        text: c.text,
        locale: c.locale,
        last: c.text,
        heading: narrow,
        tocHeading: c.tocHeading,
        afterImage: c.afterImage,
        printedLast: titles.has(c.line),
      });
  }
  return {
    paragraphs: out.map(({ lines, text, locale, tocHeading, afterImage, printedLast }) => ({
      lines,
      text,
      locale,
      tocHeading,
      afterImage,
      printedLast,
    })),
    inferred: locales.filter((l) => columns.get(l)),
  };
}

// ───────────── 5. headline and standfirst ─────────────

const subtitle = /^(?:——|—|--)\s*\S/u;
const headlineLike = (b: Block | undefined): b is Block =>
  b !== undefined &&
  // a label before a colon is only a speaker once the turns are settled ("Phỏng vấn: …" is a title)
  (b.kind === 'paragraph' || b.kind === 'heading' || b.speaker !== undefined) &&
  widthOf(b.text) <= (hanChar.test(b.text) ? 40 : 160) &&
  !/[.!。！;；:：,，、]$/u.test(b.text);

/**
 * A language's headline: the line above a subtitle ("——…"), else its first paragraph when that
 * reads as a headline, else its last when the text starts with body and ends with one (clippings
 * print the title after the story) — with the subtitle under it when a column's last two lines
 * are both titles. None is fine: the editor is asked to write it.
 */
function headline(sequence: Block[]): {
  titleAt: number | null;
  standfirstAt: number | null;
  fromEnd: boolean;
} {
  const none = { titleAt: null, standfirstAt: null, fromEnd: false };
  // one line alone in a language is its headline when it reads as one (a report needs a body too)
  if (sequence.length < 2) return { ...none, titleAt: headlineLike(sequence[0]) ? 0 : null };
  const n = sequence.length;
  for (const i of [1, 2, n - 1])
    if (
      subtitle.test(sequence[i]?.text ?? '') &&
      headlineLike(sequence[i - 1]) &&
      !subtitle.test(sequence[i - 1]!.text)
    )
      return { titleAt: i - 1, standfirstAt: i, fromEnd: i === n - 1 && n > 3 };
  const first = sequence[0]!;
  const last = sequence.at(-1)!;
  const secondLast = sequence[n - 2]!;
  if (
    n > 3 &&
    last.printedLast &&
    secondLast.printedLast &&
    headlineLike(sequence[n - 1]) &&
    headlineLike(sequence[n - 2])
  )
    return { titleAt: n - 2, standfirstAt: n - 1, fromEnd: true };
  if (headlineLike(sequence[0])) return { ...none, titleAt: 0 };
  if (headlineLike(last) && endsSentence(first.text) && widthOf(first.text) >= 2 * widthOf(last.text))
    return { titleAt: n - 1, standfirstAt: null, fromEnd: true };
  return none;
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
