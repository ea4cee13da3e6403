import { locales, type Locale } from '../i18n/locales';
import { LIMITS } from './limits';

/**
 * Reads a pasted release: a bilingual one whose paragraphs alternate between two (or three)
 * languages, the same with the languages in blocks (all Chinese, then all English), or a
 * single-language report. Pure (no database): the newsroom shows its result as a preview, and the
 * import parses the text again when the editor confirms — the preview is never trusted.
 *
 * Per line: header/footer credits (release time, source, reviewers) become metadata; page debris
 * (media-player timestamps, share widgets, lines without letters, a caption repeated) is dropped
 * and listed; every other line is a paragraph whose language is detected from its script and, for
 * Latin text, Vietnamese letters.
 */

export const IMPORT_LIMITS = { characters: 100_000 } as const;

export type Reviewer = { name: string; role: string };
export type ReleaseMetadata = {
  /** ISO 8601 with offset; releases without one are read in the press office's zone (UTC+8) */
  releasedAt: string | null;
  precision: 'minute' | 'day' | null;
  outlet: string | null;
  reviewers: Reviewer[];
};
export type DropReason = 'timestamp' | 'widget' | 'noLetters' | 'duplicate';
export type Dropped = { line: number; text: string; reason: DropReason };
/** One aligned slot: its text in each language the release has it in. */
export type ImportedSlot = { line: number; text: Partial<Record<Locale, string>> };
export type ImportPreview = {
  originalLocale: Locale;
  languages: Locale[];
  layout: 'single' | 'alternating' | 'blocks';
  title: Partial<Record<Locale, string>>;
  paragraphs: ImportedSlot[];
  /** slots that lack a language the release otherwise has (shown, not invented) */
  unpaired: number[];
  metadata: ReleaseMetadata;
  dropped: Dropped[];
};
export type ImportProblem =
  | { problem: 'empty' }
  | { problem: 'tooLong'; limit: number }
  | { problem: 'unknownLanguage'; line: number }
  | { problem: 'paragraphTooLong'; line: number; limit: number }
  | { problem: 'tooManyParagraphs'; limit: number }
  | { problem: 'noBody' }
  | { problem: 'unpaired'; lines: number[] };
export type ParseResult = ({ ok: true } & ImportPreview) | ({ ok: false } & ImportProblem);

/** The problem of a failed parse, without its `ok` flag (to pass on in another result). */
export function problemOf(result: { ok: false } & ImportProblem): ImportProblem {
  const { ok, ...problem } = result;
  void ok;
  return problem;
}

// ───────────── language of a line ─────────────

const han = /\p{Script=Han}/gu;
const latin = /\p{Script=Latin}/gu;
// letters only Vietnamese uses among the three languages (precomposed, after NFC)
const vietnamese = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉĩịọỏốồổỗộớờởỡợụủũứừửữựỳỷỹỵàáèéìíòóùúýõã]/iu;

/** zh, vi or en for a line of text; null when it is in none of them (another script, no letters). */
export function detectLanguage(text: string): Locale | null {
  const hanCount = text.match(han)?.length ?? 0;
  const latinCount = text.match(latin)?.length ?? 0;
  if (hanCount === 0 && latinCount === 0) return null;
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  // other scripts (Thai, Khmer, Cyrillic …) dominating the line: not one of ours
  if (hanCount + latinCount < letters / 2) return null;
  if (hanCount >= latinCount / 3) return 'zh';
  const words = text.split(/[\s\p{P}]+/u).filter((w) => /\p{L}/u.test(w));
  const marked = words.filter((w) => vietnamese.test(w)).length;
  // English prose quoting "Hà Nội" stays English; Vietnamese marks most of its words
  return marked / Math.max(1, words.length) >= 0.4 ? 'vi' : 'en';
}

// ───────────── header and footer lines ─────────────

const label = (words: string) => new RegExp(`^\\s*(?:${words})\\s*[:：]\\s*(.+?)\\s*$`, 'iu');
const releaseLine = label(
  '发布时间|发布日期|发稿时间|时间|日期|Release(?:d)?(?: time| date)?|Published(?: at| on)?|Date|Time|Thời gian(?: đăng| phát hành)?|Ngày(?: đăng| phát hành)?|Đăng lúc',
);
const sourceLine = label('来源|信息来源|稿件来源|Source|Nguồn(?: tin)?');
/** "Reviewer 1: A", "English reviewer: B", "一审：C 二审：D", "Người duyệt: E" — several per line. */
const creditLabel =
  '(?:Reviewer\\s*\\d*|English reviewer|Chinese reviewer|Proofreader|Editor|Translator|[一二三四]审|初审|复审|终审|审核|审校|校对|英文审核|英文审校|责任编辑|编辑|翻译|Người duyệt(?:\\s*\\d+)?|Người kiểm duyệt|Biên tập(?: viên)?|Biên dịch)';
const creditPair = new RegExp(
  `(${creditLabel})\\s*[:：]\\s*(.+?)(?=\\s*(?:[|｜/;；,，]\\s*)?${creditLabel}\\s*[:：]|$)`,
  'giu',
);
const creditStart = new RegExp(`^\\s*${creditLabel}\\s*[:：]`, 'iu');

function credits(line: string): Reviewer[] | null {
  if (!creditStart.test(line)) return null;
  const found = [...line.matchAll(creditPair)].map((m) => ({
    role: m[1]!.trim(),
    name: m[2]!.replace(/[|｜/;；,，]\s*$/u, '').trim(),
  }));
  return found.length && found.every((c) => c.name.length > 0 && c.name.length <= 80) ? found : null;
}

const pad = (n: string) => n.padStart(2, '0');
/** "2025-01-17 21:14", "2025/1/17 21:14:00", "2025年1月17日 21:14", "17/01/2025 21:14", with an optional offset. */
export function parseReleaseTime(value: string): { iso: string; precision: 'minute' | 'day' } | null {
  const v = value.trim();
  let y: string, mo: string, d: string;
  let rest: string;
  let m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?\s*(.*)$/u.exec(v);
  if (m) [, y, mo, d, rest] = m as unknown as [string, string, string, string, string];
  else {
    m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\s*(.*)$/u.exec(v); // Vietnamese day-first
    if (!m) return null;
    [, d, mo, y, rest] = m as unknown as [string, string, string, string, string];
  }
  const time =
    /^(?:[Tt]|\s)*(\d{1,2})[:：时h](\d{2})(?::(\d{2}))?\s*(Z|[+-]\d{2}:?\d{2}|GMT[+-]\d{1,2}|UTC[+-]\d{1,2})?$/u.exec(
      rest.replace(/^[,，]\s*/u, ''),
    );
  if (rest && !time) return null;
  const date = `${y}-${pad(mo)}-${pad(d)}`;
  const check = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(check.getTime()) || check.toISOString().slice(0, 10) !== date) return null;
  if (!time) return { iso: `${date}T00:00:00+08:00`, precision: 'day' };
  const [, hh, mm, , zone] = time;
  if (Number(hh) > 23 || Number(mm) > 59) return null;
  let offset = '+08:00';
  if (zone === 'Z') offset = 'Z';
  else if (zone?.startsWith('GMT') || zone?.startsWith('UTC')) {
    const n = Number(zone.slice(3));
    offset = `${n < 0 ? '-' : '+'}${pad(String(Math.abs(n)))}:00`;
  } else if (zone) offset = zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone;
  return { iso: `${date}T${pad(hh!)}:${mm}:00${offset}`, precision: 'minute' };
}

// ───────────── debris ─────────────

const timestamp =
  /^[\s▶►⏵⏸❚|]*(?:(?:播放|暂停|Play|Pause|Phát)\s*)?\d{1,2}:\d{2}(?::\d{2})?(?:\s*\/\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*$/iu;
const widget =
  /^\s*(?:分享到|分享|扫一扫|打印|关闭|Share(?: this| on)?|Print|Close|Chia sẻ|In bài|Video Player is loading\.?|Loaded: \d+(?:\.\d+)?%|Play Video|Mute|Fullscreen)\s*[:：]?\s*$/iu;

const squash = (s: string) => s.normalize('NFC').replace(/\s+/gu, ' ').trim();

type Block = { line: number; text: string; locale: Locale };

export function parseRelease(input: string): ParseResult {
  if (input.length > IMPORT_LIMITS.characters)
    return { ok: false, problem: 'tooLong', limit: IMPORT_LIMITS.characters };
  const lines = input.replace(/\r\n?/g, '\n').split('\n');
  const metadata: ReleaseMetadata = { releasedAt: null, precision: null, outlet: null, reviewers: [] };
  const dropped: Dropped[] = [];
  const blocks: Block[] = [];
  const seen = new Set<string>();
  for (const [i, raw] of lines.entries()) {
    const line = i + 1;
    // control characters and zero-width marks from web pages are not text
    const text = squash(
      raw.replace(/[\u0000-\u0008\u000b-\u001f\u007f\u200b-\u200f\u2028\u2029\ufeff]/gu, ''),
    );
    if (!text) continue;
    const release = releaseLine.exec(text);
    const time = release ? parseReleaseTime(release[1]!) : parseReleaseTime(text);
    if (time) {
      metadata.releasedAt ??= time.iso;
      metadata.precision ??= time.precision;
      continue;
    }
    const source = sourceLine.exec(text);
    if (source) {
      metadata.outlet ??= source[1]!.slice(0, 200);
      continue;
    }
    const credit = credits(text);
    if (credit) {
      for (const c of credit)
        if (!metadata.reviewers.some((r) => r.name === c.name && r.role === c.role))
          metadata.reviewers.push(c);
      continue;
    }
    if (timestamp.test(text)) {
      dropped.push({ line, text, reason: 'timestamp' });
      continue;
    }
    if (widget.test(text)) {
      dropped.push({ line, text, reason: 'widget' });
      continue;
    }
    if (!/[\p{L}]/u.test(text)) {
      dropped.push({ line, text, reason: 'noLetters' });
      continue;
    }
    const key = text.toLowerCase();
    if (seen.has(key)) {
      // a photo caption printed twice (alt text and caption), a repeated headline
      dropped.push({ line, text, reason: 'duplicate' });
      continue;
    }
    seen.add(key);
    const locale = detectLanguage(text);
    if (!locale) return { ok: false, problem: 'unknownLanguage', line };
    if (text.length > LIMITS.paragraph)
      return { ok: false, problem: 'paragraphTooLong', line, limit: LIMITS.paragraph };
    blocks.push({ line, text, locale });
  }
  if (blocks.length === 0) return { ok: false, problem: 'empty' };

  const originalLocale = blocks[0]!.locale;
  const languages = [originalLocale, ...locales.filter((l) => l !== originalLocale)].filter((l) =>
    blocks.some((b) => b.locale === l),
  );
  let layout: ImportPreview['layout'] = languages.length === 1 ? 'single' : 'alternating';
  let slots = languages.length === 1 ? blocks.map(single) : alternate(blocks, originalLocale);
  let unpaired = incomplete(slots, languages);
  if (languages.length > 1 && unpaired.length > 0) {
    const grouped = inBlocks(blocks, languages);
    if (grouped) {
      slots = grouped;
      unpaired = [];
      layout = 'blocks';
    }
  }
  // every version needs its own headline: one missing is not a stray line
  if (slots[0] && languages.some((l) => slots[0]!.text[l] === undefined))
    return { ok: false, problem: 'unpaired', lines: [slots[0].line] };
  // a stray line without its translation is shown; a release that does not pair at all is refused
  if (unpaired.length > Math.max(1, Math.floor(slots.length / 4)))
    return { ok: false, problem: 'unpaired', lines: unpaired };
  if (slots.length < 2) return { ok: false, problem: 'noBody' };
  if (slots.length - 1 > LIMITS.paragraphs)
    return { ok: false, problem: 'tooManyParagraphs', limit: LIMITS.paragraphs };
  const [title, ...paragraphs] = slots;
  return {
    ok: true,
    originalLocale,
    languages,
    layout,
    title: title!.text,
    paragraphs,
    unpaired,
    metadata,
    dropped,
  };
}

const single = (b: Block): ImportedSlot => ({ line: b.line, text: { [b.locale]: b.text } });

/** Consecutive lines in different languages, starting with the original, form one slot. */
function alternate(blocks: Block[], original: Locale): ImportedSlot[] {
  const slots: ImportedSlot[] = [];
  for (const b of blocks) {
    const current = slots.at(-1);
    if (!current || b.locale === original || current.text[b.locale] !== undefined) slots.push(single(b));
    else current.text[b.locale] = b.text;
  }
  return slots;
}

const incomplete = (slots: ImportedSlot[], languages: Locale[]) =>
  slots.filter((s) => languages.some((l) => s.text[l] === undefined)).map((s) => s.line);

/** All lines of one language, then all of the next, in equal numbers: pair them by position. */
function inBlocks(blocks: Block[], languages: Locale[]): ImportedSlot[] | null {
  const runs: Block[][] = [];
  for (const b of blocks) {
    const run = runs.at(-1);
    if (run && run[0]!.locale === b.locale) run.push(b);
    else runs.push([b]);
  }
  if (runs.length !== languages.length || runs.some((r) => r.length !== runs[0]!.length)) return null;
  return runs[0]!.map((b, i) => ({
    line: b.line,
    text: Object.fromEntries(runs.map((r) => [r[i]!.locale, r[i]!.text])),
  }));
}

// ───────────── suggested ids ─────────────

const trailing = new Set([
  'a',
  'an',
  'the',
  'to',
  'of',
  'in',
  'on',
  'for',
  'and',
  'about',
  'with',
  'va',
  'cua',
  've',
  'tai',
]);

/** A URL word list from a Latin title: diacritics and đ folded, at most 8 words, no dangling "to". */
export function slugify(text: string): string {
  const words = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/gu, 'd')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .slice(0, 8);
  while (words.length > 1 && trailing.has(words.at(-1)!)) words.pop();
  return words.join('-').slice(0, 80).replace(/-+$/, '');
}

/**
 * An article id and a slug per language to prefill the confirmation form. Chinese headlines have
 * no Latin words: the Chinese version borrows the English (or Vietnamese) slug, which the editor
 * may replace with pinyin, as the launch content does.
 */
export function suggestIds(preview: ImportPreview): {
  articleId: string;
  slugs: Partial<Record<Locale, string>>;
} {
  const latin = slugify(preview.title.en ?? '') || slugify(preview.title.vi ?? '');
  const date = preview.metadata.releasedAt?.slice(0, 10).replaceAll('-', '') ?? '';
  const base = latin || ['report', date].filter(Boolean).join('-');
  const slugs: Partial<Record<Locale, string>> = {};
  for (const l of preview.languages) slugs[l] = (l === 'zh' ? '' : slugify(preview.title[l] ?? '')) || base;
  return { articleId: base, slugs };
}
