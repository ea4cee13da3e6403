import { readdirSync, readFileSync } from 'node:fs';
import { withoutControls } from '@/lib/model/text-input';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '@/lib/editorial/limits';
import { parseRelease } from '@/lib/editorial/import/parse';
import { isParagraphKind } from '@/lib/model/paragraph-kinds';
import { accountFor } from '../support/import-accounting';

/**
 * Generated input for the importer (fast-check, seeded): random mixes of the shapes editors paste —
 * lines of our fixtures, header and footer forms with random dates, page debris, hard-wrapped
 * pieces, list and interview markers, indentation, blank lines, and arbitrary Unicode. The
 * importer never throws, and nothing pasted disappears: every line ends in the draft, the header
 * fields or the dropped list, with its words.
 */

const dir = new URL('../fixtures/import/', import.meta.url);
const fixtureLines = readdirSync(dir)
  .flatMap((f) => readFileSync(new URL(f, dir), 'utf8').split('\n'))
  .filter((l) => l.trim());
const zhText = fixtureLines.filter((l) => /\p{Script=Han}{8}/u.test(l)).join('');

const pad = (n: number) => String(n).padStart(2, '0');
const when = fc.record({
  y: fc.integer({ min: 2000, max: 2030 }),
  m: fc.integer({ min: 1, max: 12 }),
  d: fc.integer({ min: 1, max: 31 }),
  h: fc.integer({ min: 0, max: 25 }),
  mi: fc.integer({ min: 0, max: 61 }),
});
const months = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const header = fc.tuple(when, fc.integer({ min: 0, max: 8 })).map(([t, form]) => {
  const { y, m, d, h, mi } = t;
  return [
    `Release Time:${pad(h)}:${pad(mi)}, ${pad(d)}-${pad(m)}-${y}`,
    `date ${y}-${pad(m)}-${pad(d)} ${pad(h)}:${pad(mi)}`,
    `(People's Daily Online) ${h}:${pad(mi)}, ${months[m - 1]} ${d}, ${y}`,
    `发布时间：${y}年${m}月${d}日 ${h}:${pad(mi)}`,
    `Thứ Sáu, ${pad(d)}/${pad(m)}/${y} - ${pad(h)}:${pad(mi)}`,
    `${y}年${pad(m)}月${pad(d)}日${pad(h)}:${pad(mi)} | 来源：南宁日报 | 作者：陆晓`,
    `date ${y}-${pad(m)}-${pad(d)} A headline after a date`,
    `Date: ${pad(d)}/${pad(m)}/${y}`,
    `${pad(d)}.${pad(m)}.${y}`,
  ][form]!;
});
const debris = fc.constantFrom(
  '00:00 / 01:32',
  '分享到：',
  'Share',
  '字号：大 中 小',
  'Chia sẻ',
  '图1',
  'Ảnh 3',
  '(Ảnh: TTXVN)',
  'Photo:',
  'Related articles',
  '相关新闻',
  'Tin liên quan',
  'Contents',
  '目录',
  '首页 > 新闻',
  'Video Player is loading.',
  'เมืองสุราษฎร์ธานี',
  '—',
);
const marker = fc.constantFrom(
  '',
  '- ',
  '• ',
  '1. ',
  '2) ',
  '（3）',
  '①',
  'Q: ',
  'A: ',
  '问：',
  '答：',
  'Hỏi: ',
  'Đáp: ',
  '> ',
  '## ',
  '——',
  '“',
);
const wrapped = fc
  .tuple(fc.nat({ max: Math.max(0, zhText.length - 20) }), fc.integer({ min: 1, max: 16 }))
  .map(([at, n]) => zhText.slice(at, at + n));
/** A hard-wrapped clipping: a paragraph cut every `width` characters, its first line indented. */
const enText = fixtureLines.filter((l) => /^[A-Z][a-z]/.test(l) && l.length > 60).join(' ');
const clipping = fc
  .tuple(
    fc.nat({ max: zhText.length - 200 }),
    fc.integer({ min: 8, max: 20 }),
    fc.integer({ min: 3, max: 10 }),
  )
  .map(([at, width, n]) =>
    Array.from(
      { length: n },
      (_, i) => (i === 0 ? '\u3000\u3000' : '') + zhText.slice(at + i * width, at + (i + 1) * width),
    ).join('\n'),
  );
const pdf = fc
  .tuple(
    fc.nat({ max: enText.length - 500 }),
    fc.integer({ min: 40, max: 80 }),
    fc.integer({ min: 3, max: 8 }),
  )
  .map(([at, width, n]) => {
    const words = enText.slice(at, at + width * n).split(' ');
    const lines: string[] = [''];
    for (const w of words) {
      if (lines.at(-1)!.length + w.length > width) lines.push('');
      lines[lines.length - 1] += `${lines.at(-1) ? ' ' : ''}${w}`;
    }
    return lines.join('\n');
  });
const indent = fc.constantFrom('', '', '  ', '\u3000\u3000', '\t');
const line = fc.oneof(
  { arbitrary: fc.constantFrom(...fixtureLines), weight: 6 },
  { arbitrary: header, weight: 2 },
  { arbitrary: debris, weight: 2 },
  { arbitrary: fc.tuple(marker, fc.constantFrom(...fixtureLines)).map(([m, l]) => m + l), weight: 2 },
  { arbitrary: wrapped, weight: 3 },
  { arbitrary: clipping, weight: 1 },
  { arbitrary: pdf, weight: 1 },
  { arbitrary: fc.constant(''), weight: 2 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }), weight: 1 },
  // any code point but the control characters a release is refused for (tested on their own below)
  { arbitrary: fc.string({ unit: 'binary', maxLength: 20 }).map(withoutControls), weight: 1 },
);
const release = fc
  .tuple(fc.array(fc.tuple(indent, line), { maxLength: 60 }), fc.constantFrom('\n', '\r\n'))
  .map(([lines, eol]) => lines.map(([i, l]) => i + l).join(eol));

describe('the importer on generated releases', () => {
  it('never throws, and every line ends in the draft, the header or the dropped list', () => {
    const seen = { ok: 0, bilingual: 0, dropped: 0, wrapped: 0 };
    fc.assert(
      fc.property(release, fc.array(fc.integer({ min: 1, max: 70 }), { maxLength: 4 }), (text, keep) => {
        const result = parseRelease(text, { keep });
        if (!result.ok) {
          expect(['empty', 'noBody', 'paragraphTooLong', 'tooManyParagraphs', 'tooLong']).toContain(
            result.problem,
          );
          return;
        }
        seen.ok++;
        if (result.languages.length > 1) seen.bilingual++;
        if (result.dropped.length) seen.dropped++;
        if (result.paragraphs.some((p) => Object.values(p.lines).some((l) => l.length > 1))) seen.wrapped++;
        expect(accountFor(text, result)).toEqual([]);
        expect(result.paragraphs.length).toBeGreaterThan(0);
        expect(result.paragraphs.length).toBeLessThanOrEqual(LIMITS.paragraphs);
        for (const p of result.paragraphs) {
          expect(isParagraphKind(p.kind)).toBe(true);
          const texts = Object.values(p.text);
          expect(texts.length).toBeGreaterThan(0);
          for (const t of texts) expect(t.trim()).not.toBe('');
        }
        for (const i of result.unpaired)
          expect(result.languages.some((l) => result.paragraphs[i]!.text[l] === undefined)).toBe(true);
      }),
      { seed: 20261202, numRuns: 1000 },
    );
    // the generator reaches the shapes that matter (not only empty or refused input); the fixtures'
    // lines feed it, so a fixture of photo placeholders and short captions makes more releases that
    // are all debris, rightly refused (700 of 1000 read with the 23 fixtures)
    expect(seen.ok).toBeGreaterThan(650);
    expect(seen.bilingual).toBeGreaterThan(300);
    expect(seen.dropped).toBeGreaterThan(300);
    expect(seen.wrapped).toBeGreaterThan(50);
  });

  it('refuses a release with a control character, naming the first line that has one', () => {
    const control = fc.constantFrom('\u0000', '\u0001', '\u001b', '\u007f', '\u0085', '\u009b');
    fc.assert(
      fc.property(release, fc.nat(), control, (text, at, c) => {
        const lines = text.split(/\r?\n/);
        const n = at % Math.max(lines.length, 1);
        lines[n] = `${lines[n] ?? ''}${c}`;
        const result = parseRelease(lines.join('\n'));
        // U+0085 (NEL) is a line break in text from word processors: the line after it is clean
        if (c === '\u0085') return;
        expect(result).toEqual({ ok: false, problem: 'controlCharacters', line: n + 1 });
      }),
      { seed: 20261204, numRuns: 300 },
    );
  });
});
