import type { Locale } from '../model/locales';
import { parseMarkup, type Run } from '../model/rich-text';
import { checkNames, type GlossaryTerm } from './names';
import { numberDifferences } from './numbers';

/**
 * The checks of one paragraph's translation against its original, tuned for Chinese, English and
 * Vietnamese (issue 28): what a reviewer would otherwise catch by reading. Each finding is an error
 * (sending to review and approval wait until it is fixed) or a warning (a reviewer may pass it with
 * a note). Pure: the editor runs it as the translator works, the server on every save.
 */
export const checks = {
  empty: 'error',
  untranslated: 'error',
  numbers: 'error',
  numbersAdded: 'warning',
  glossaryVariant: 'error',
  glossary: 'warning',
  diacritics: 'error',
  punctuation: 'warning',
  spaces: 'warning',
  doubledWord: 'warning',
  length: 'warning',
  marks: 'warning',
} as const;
export type CheckName = keyof typeof checks;
export type Severity = (typeof checks)[CheckName];
/** A check that failed: which, how grave, and what it found (as written in the text). */
export type Finding = { check: CheckName; severity: Severity; found: string };

export type TranslationPair = {
  source: { locale: Locale; markup: string };
  target: { locale: Locale; markup: string };
};

/**
 * A text's length in one unit for every script: a Chinese character, or an English or Vietnamese
 * word weighed as the characters Chinese needs for it (a quotation left in English inside Chinese
 * then weighs the same in both). Against this, Vietnamese runs about a third longer than English
 * and Chinese; a report's own ratio (its other paragraphs) is better when known.
 */
const unitsPerIdea: Record<Locale, number> = { zh: 1, en: 1, vi: 1.35 };
export const typicalRatio = (from: Locale, to: Locale) => unitsPerIdea[to] / unitsPerIdea[from];
export function lengthUnits(text: string): number {
  return (
    (text.match(/\p{Script=Han}/gu)?.length ?? 0) +
    (text.match(/[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu) ?? []).filter((w) => !/\p{Script=Han}/u.test(w)).length *
      1.6
  );
}

const han = /\p{Script=Han}/gu;
const latinWord = /[\p{Script=Latin}][\p{Script=Latin}\p{M}]*/gu;
// the letters only Vietnamese writes among Latin scripts: tone marks, ă â ê ô ơ ư, đ
const vietnameseLetter = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/iu;
// reduplications Vietnamese writes on purpose ("dần dần", "ngày ngày")
const vietnameseRepeats = new Set([
  'dần',
  'từ',
  'ngày',
  'năm',
  'người',
  'nhà',
  'đời',
  'mãi',
  'thường',
  'xa',
  'lâu',
  'song',
  'luôn',
  'chậm',
]);
const fullWidth = /[，。、；：！？（）《》【】]/u;

const plainOf = (runs: Run[]) => runs.map((r) => r.text).join('');
const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;
const wordsOf = (text: string) => (text.normalize('NFC').toLowerCase().match(latinWord) ?? []) as string[];

function marksOf(runs: Run[]) {
  const has = (test: (r: Run) => boolean) => runs.filter(test).length;
  return {
    strong: has((r) => r.marks?.includes('strong') ?? false),
    emphasis: has((r) => r.marks?.includes('em') ?? false),
    links: has((r) => r.href !== undefined),
  };
}

/**
 * The failed checks of one translated paragraph, errors first. `ratio`: the report's own;
 * `glossary`: the names the report mentions (people, cities, agreements), with their variants.
 */
export function checkTranslation(
  pair: TranslationPair,
  options: { ratio?: number; glossary?: readonly GlossaryTerm[] } = {},
): Finding[] {
  const { source, target } = pair;
  const sourceRuns = parseMarkup(source.markup);
  const targetRuns = parseMarkup(target.markup);
  const from = plainOf(sourceRuns).normalize('NFC');
  const to = plainOf(targetRuns).normalize('NFC');
  const findings: Finding[] = [];
  const find = (check: CheckName, found = '') => findings.push({ check, severity: checks[check], found });

  if (!to.trim()) {
    find('empty');
    return findings;
  }

  // left in the original's words or script
  const same = (a: string) => a.replace(/\s+/gu, ' ').trim().toLowerCase();
  const targetWords = wordsOf(to);
  const sourceWords = new Set(wordsOf(from));
  const hanShare = count(to, han) / Math.max(1, count(to, han) + targetWords.join('').length);
  if (same(from) === same(to) && /\p{L}/u.test(from)) find('untranslated', to.slice(0, 60));
  else if (target.locale === 'zh' && count(to, han) === 0 && targetWords.length >= 3)
    find('untranslated', to.slice(0, 60));
  else if (target.locale !== 'zh' && source.locale === 'zh' && hanShare > 0.3)
    find('untranslated', (to.match(/\p{Script=Han}+/u) ?? [''])[0]);
  else if (
    target.locale !== 'zh' &&
    source.locale !== 'zh' &&
    targetWords.length >= 6 &&
    targetWords.filter((w) => sourceWords.has(w)).length / targetWords.length > 0.6
  )
    find('untranslated', to.slice(0, 60));

  // numbers and dates, as each language writes them
  const numbers = numberDifferences(
    { text: from, locale: source.locale },
    { text: to, locale: target.locale },
  );
  if (numbers.missing.length) find('numbers', numbers.missing.join(', '));
  if (numbers.extra.length) find('numbersAdded', numbers.extra.join(', '));

  // the glossary's names: another language's form is an error, a name not found a warning
  for (const name of checkNames(
    { locale: source.locale, text: from },
    { locale: target.locale, text: to },
    options.glossary ?? [],
  ))
    if (name.kind === 'rejected') find('glossaryVariant', `${name.found} → ${name.expected}`);
    else find('glossary', name.expected);

  // Vietnamese written without its letters (typed on a keyboard without them)
  if (target.locale === 'vi' && targetWords.length >= 6) {
    const marked = targetWords.filter((w) => vietnameseLetter.test(w)).length;
    if (marked / targetWords.length < 0.1)
      find(
        'diacritics',
        targetWords
          .filter((w) => !vietnameseLetter.test(w))
          .slice(0, 5)
          .join(' '),
      );
  }

  // the target script's punctuation
  if (target.locale === 'zh') {
    const ascii = /\p{Script=Han}\s*([,.;:!?])(?=\s*\p{Script=Han})/u.exec(to);
    if (ascii) find('punctuation', ascii[0]);
  } else {
    const wide = fullWidth.exec(to);
    if (wide) find('punctuation', wide[0]);
  }

  // stray spaces: at either end, doubled, before punctuation, between Chinese characters
  const stray =
    /^\s|\s$/u.exec(to) ??
    / {2,}/u.exec(to) ??
    (target.locale === 'zh'
      ? /\p{Script=Han} +\p{Script=Han}/u.exec(to)
      : /[\p{L}\p{N}] +[,.;:!?](?!\p{N})/u.exec(to));
  if (stray) find('spaces', stray[0].trim() || '␠');

  // the same word twice ("the the"), except what Vietnamese doubles on purpose
  if (target.locale !== 'zh') {
    const doubled = /(?<![\p{L}\p{M}])([\p{L}\p{M}]+)\s+\1(?![\p{L}\p{M}])/iu.exec(to.normalize('NFC'));
    if (doubled && !(target.locale === 'vi' && vietnameseRepeats.has(doubled[1]!.toLowerCase())))
      find('doubledWord', doubled[0]);
  }

  // a length far from what this report's translations keep
  const ratio = options.ratio ?? typicalRatio(source.locale, target.locale);
  if (lengthUnits(from) >= 12) {
    const actual = lengthUnits(to) / lengthUnits(from);
    if (actual > ratio * 2 || actual < ratio / 2) find('length', `${Math.round((actual / ratio) * 100)}%`);
  }

  // bold, italics and links as the original has them
  const ours = marksOf(sourceRuns);
  const theirs = marksOf(targetRuns);
  const differing = (['strong', 'emphasis', 'links'] as const).filter((k) => ours[k] !== theirs[k]);
  if (differing.length) find('marks', differing.map((k) => `${k} ${ours[k]}→${theirs[k]}`).join(', '));

  return findings.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
}

/** A report's own ratio of translation to original length: the median over its paragraphs. */
export function reportRatio(pairs: ReadonlyArray<{ source: string; target: string }>): number | undefined {
  const ratios = pairs
    .filter((p) => lengthUnits(p.source) >= 12 && p.target.trim())
    .map((p) => lengthUnits(p.target) / lengthUnits(p.source))
    .sort((a, b) => a - b);
  return ratios.length >= 3 ? ratios[Math.floor(ratios.length / 2)] : undefined;
}

/** One paragraph of a version, by its aligned key, as markup. */
export type KeyedText = { key: string; markup: string };
/** A paragraph's findings; `number` counts from 1 in the version's order. */
export type ParagraphFindings = { key: string; number: number; findings: Finding[] };

/**
 * The checks of a whole translation against its original, paragraph by paragraph (a paragraph
 * the original lacks is not checked), with the report's own length ratio. The version form runs
 * it as the translator types; the workflow runs it before review and approval
 * (lib/editorial/translation-gate.ts) — one rule for both.
 */
export function checkVersion(
  original: { locale: Locale; paragraphs: readonly KeyedText[] },
  translation: { locale: Locale; paragraphs: readonly KeyedText[] },
  glossary: readonly GlossaryTerm[] = [],
): ParagraphFindings[] {
  const source = new Map(original.paragraphs.map((p) => [p.key, p.markup]));
  const pairs = translation.paragraphs.flatMap((p, i) => {
    const from = source.get(p.key);
    return from ? [{ key: p.key, number: i + 1, source: from, target: p.markup }] : [];
  });
  const ratio = reportRatio(pairs);
  return pairs.map((p) => ({
    key: p.key,
    number: p.number,
    findings: checkTranslation(
      {
        source: { locale: original.locale, markup: p.source },
        target: { locale: translation.locale, markup: p.target },
      },
      { ratio, glossary },
    ),
  }));
}

/** The paragraphs whose findings include the given severity, by number. */
export const paragraphsWith = (found: readonly ParagraphFindings[], severity: Severity): number[] =>
  found.filter((p) => p.findings.some((f) => f.severity === severity)).map((p) => p.number);
