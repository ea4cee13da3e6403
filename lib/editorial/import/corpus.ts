import { z } from 'zod';
import { locales, type Locale } from '../../model/locales';
import type { ParagraphKind } from '../../model/paragraph-kinds';
import { EVENT_UTC_OFFSET } from './header';
import type { ParseResult } from './parse';
import { fold } from './text';

/**
 * A corpus of received releases and what a careful editor expects of each (`expected.json` beside
 * them), judged against the importer: one row per expected field — what was expected, what the
 * importer found, whether that is right. An editor or an operator keeps such a folder of the
 * releases their newsroom receives; `npm run import:report -- --corpus DIR` prints the table.
 *
 * Counts are of body slots per language (header and footer lines, captions, headings, list items,
 * interview turns and dropped lines are not body). A note in brackets after an outlet names another
 * form of it ("Nhân Dân (NDO)"); an outlet marked "optional" or "the editor names …" is not judged.
 */

const localeRecord = <T extends z.ZodType>(value: T) =>
  z.partialRecord(z.enum(locales as unknown as [Locale, ...Locale[]]), value);

export const expectedRelease = z.object({
  file: z.string().regex(/^[^/\\]+$/u, 'a file name in the corpus folder'),
  shape: z.string().optional(),
  languages: z.array(z.enum(locales as unknown as [Locale, ...Locale[]])).min(1),
  headline: localeRecord(z.string().nullable()).optional(),
  standfirst: localeRecord(z.string()).optional(),
  released_at: z.string().nullable().optional(),
  outlet: z.string().nullable().optional(),
  credits: z.array(z.object({ role: z.string(), name: z.string() })).optional(),
  byline: z.string().optional(),
  body: localeRecord(z.number().int().min(0)).optional(),
  body_range_accepted: z.tuple([z.number().int(), z.number().int()]).optional(),
  pairs: z.number().int().optional(),
  headings: z.number().int().optional(),
  headings_are: z.array(z.string()).optional(),
  list_items: z.number().int().optional(),
  captions: z.number().int().optional(),
  interview: z.object({ questions: z.number().int(), answers: z.number().int() }).optional(),
  table_of_contents: z.string().optional(),
  dropped_or_header: z.array(z.string()).optional(),
  debris_lines: z.array(z.string()).optional(),
});
export type ExpectedRelease = z.infer<typeof expectedRelease>;
export const expectedCorpus = z.object({ releases: z.array(expectedRelease).min(1) });

export type Row = { release: string; field: string; expected: string; found: string; ok: boolean };

/** Text as compared: NFC, straight quotes, one space, lower case. */
const normal = (s: string | null | undefined) =>
  (s ?? '')
    .normalize('NFC')
    .replace(/[“”"«»]/gu, '"')
    .replace(/[‘’]/gu, "'")
    .replace(/\s+/gu, ' ')
    .trim()
    .toLowerCase();
const same = (a: string | null | undefined, b: string | null | undefined) => normal(a) === normal(b);
const letters = (s: string) => fold(s).replace(/[^\p{L}\p{N}]+/gu, '');
const short = (s: string | null | undefined, n = 40) =>
  s == null ? '—' : [...s].length > n ? `${[...s].slice(0, n).join('')}…` : s;

const isBody = (k: ParagraphKind) => k === 'paragraph' || k === 'quote';
const isItem = (k: ParagraphKind) => k === 'bullet' || k === 'numbered';

/** The rows of one release: every field its expectation names. */
export function judgeRelease(e: ExpectedRelease, r: ParseResult): Row[] {
  const rows: Row[] = [];
  const row = (field: string, expected: string, found: string, ok: boolean) =>
    rows.push({ release: e.file, field, expected, found, ok });
  if (!r.ok) {
    row('reads', 'a preview', `refused: ${r.problem}`, false);
    return rows;
  }
  const slots = r.paragraphs;
  const count = (pred: (k: ParagraphKind) => boolean, locale?: Locale) =>
    slots.filter((s) => pred(s.kind) && (!locale || (s.text[locale] ?? '').trim())).length;

  row(
    'languages',
    e.languages.join('+'),
    r.languages.join('+'),
    [...e.languages].sort().join() === [...r.languages].sort().join(),
  );
  for (const [locale, want] of Object.entries(e.headline ?? {}) as Array<[Locale, string | null]>) {
    const got = r.title[locale] ?? null;
    if (want === null)
      row(
        `headline ${locale}`,
        'none (flagged)',
        got ? short(got) : r.missingTitle.includes(locale) ? 'none (flagged)' : 'none',
        !got && r.missingTitle.includes(locale),
      );
    else row(`headline ${locale}`, short(want), short(got), same(got, want));
  }
  for (const [locale, want] of Object.entries(e.standfirst ?? {}) as Array<[Locale, string]>)
    row(`standfirst ${locale}`, short(want), short(r.standfirst[locale]), same(r.standfirst[locale], want));

  if (e.released_at !== undefined) {
    const got = r.metadata.releasedAt;
    const at = e.released_at;
    if (at === null) row('release time', 'none', got ?? 'none', got === null);
    else if (/^\d{4}-\d\d-\d\dT/u.test(at)) {
      const want = new Date(/[+-]\d\d:\d\d$|Z$/u.test(at) ? at : `${at}${EVENT_UTC_OFFSET}`);
      row(
        'release time',
        at,
        got ?? 'none',
        got !== null && Math.abs(new Date(got).getTime() - want.getTime()) < 60_000,
      );
    } else {
      // day precision: the day in the events' zone
      const day = got ? new Date(new Date(got).getTime() + 8 * 3_600_000).toISOString().slice(0, 10) : 'none';
      row('release date', at.slice(0, 10), day, day === at.slice(0, 10));
    }
  }
  if (typeof e.outlet === 'string' && !/optional|editor names/iu.test(e.outlet)) {
    const names = e.outlet
      .replace(/\(([^)]*)\)/gu, '|$1')
      .split('|')
      .map(letters)
      .filter(Boolean);
    const got = letters(r.metadata.outlet ?? '');
    row(
      'outlet',
      e.outlet,
      r.metadata.outlet ?? 'none',
      got !== '' && names.some((n) => n.includes(got) || got.includes(n)),
    );
  }
  if (e.credits) {
    const want = e.credits.map((c) => `${c.role}: ${c.name}`);
    const got = r.metadata.reviewers.map((c) => `${c.role}: ${c.name}`);
    row(
      'credits',
      want.join(' · '),
      got.join(' · ') || 'none',
      want.length === got.length &&
        e.credits.every((c) =>
          r.metadata.reviewers.some(
            (g) => letters(g.name) === letters(c.name) && letters(g.role) === letters(c.role),
          ),
        ),
    );
  }
  if (e.byline) {
    const name = e.byline.replace(/\(.*\)/u, '').trim();
    const got = Object.values(r.metadata.bylines).join(' · ');
    row('byline', name, got || 'none', got.includes(name));
  }
  for (const [locale, want] of Object.entries(e.body ?? {}) as Array<[Locale, number]>) {
    const got = count(isBody, locale);
    const range = e.body_range_accepted;
    row(
      `body ${locale}`,
      range ? `${range[0]}–${range[1]}` : String(want),
      String(got),
      range ? got >= range[0] && got <= range[1] : got === want,
    );
  }
  if (e.pairs !== undefined && e.languages.length > 1) {
    const got = slots.filter((s) => e.languages.every((l) => (s.text[l] ?? '').trim())).length;
    row('pairs', String(e.pairs), String(got), got === e.pairs);
  }
  if (e.headings !== undefined)
    row(
      'headings',
      String(e.headings),
      String(count((k) => k === 'heading')),
      count((k) => k === 'heading') === e.headings,
    );
  if (e.headings_are) {
    const got = slots.filter((s) => s.kind === 'heading').map((s) => Object.values(s.text)[0] ?? '');
    const missing = e.headings_are.filter((h) => !got.some((g) => letters(g) === letters(h)));
    row(
      'headings read',
      `${e.headings_are.length} named`,
      missing.length ? `missing “${short(missing[0], 30)}”` : 'all',
      missing.length === 0,
    );
  }
  if (e.list_items !== undefined)
    row('list items', String(e.list_items), String(count(isItem)), count(isItem) === e.list_items);
  if (e.captions !== undefined)
    row(
      'captions',
      String(e.captions),
      String(count((k) => k === 'caption')),
      count((k) => k === 'caption') === e.captions,
    );
  if (e.interview) {
    const q = count((k) => k === 'question');
    const a = count((k) => k === 'answer');
    row(
      'interview',
      `${e.interview.questions}Q/${e.interview.answers}A`,
      `${q}Q/${a}A`,
      q === e.interview.questions && a === e.interview.answers,
    );
  }
  if (e.table_of_contents) {
    const kept = slots.some((s) =>
      Object.values(s.text).some((t) => /^(?:table of )?contents$|^目录$|^mục lục$/iu.test((t ?? '').trim())),
    );
    const dropped = r.dropped.filter((d) => d.reason === 'tableOfContents').length;
    row(
      'table of contents',
      'dropped',
      kept ? 'kept as text' : `${dropped} lines dropped`,
      !kept && dropped > 0,
    );
  }
  const inText = (line: string) =>
    slots.some((s) => Object.values(s.text).some((t) => same(t, line))) ||
    Object.values(r.title).some((t) => same(t, line));
  for (const line of [...(e.dropped_or_header ?? []), ...(e.debris_lines ?? [])])
    row('left out', short(line), inText(line) ? 'kept as text' : 'header or dropped', !inText(line));
  return rows;
}

/** The table as Markdown, and a summary line per release. */
export function corpusTable(rows: Row[]): string {
  const head = ['release', 'field', 'expected', 'found', 'ok'];
  const cell = (s: string) => s.replace(/\|/gu, '\\|');
  return [
    `| ${head.join(' | ')} |`,
    `|${head.map(() => ' --- ').join('|')}|`,
    ...rows.map(
      (r) => `| ${[r.release, r.field, r.expected, r.found, r.ok ? 'ok' : 'SHORT'].map(cell).join(' | ')} |`,
    ),
  ].join('\n');
}
