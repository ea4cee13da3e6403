import { describe, expect, it } from 'vitest';
import type { Locale } from '@/lib/model/locales';
import { checkTranslation, reportRatio, type CheckName } from '@/lib/translation/checks';
import { launchArticles, launchPairs } from '../support/launch-content';

/**
 * The translation checks on our own launch content: its three versions, written side by side,
 * must pass (no false positive), and each check must catch the mistake it is for when one is
 * made in a real paragraph of it, in each target language.
 */
const directions = [
  ['zh', 'en'],
  ['zh', 'vi'],
  ['en', 'zh'],
  ['en', 'vi'],
  ['vi', 'zh'],
  ['vi', 'en'],
] as const;

const paragraph = (report: string, key: string) =>
  launchArticles.find((a) => a.report === report)!.paragraphs.find((p) => p.key === key)!;
const checked = (from: Locale, to: Locale, source: string, target: string) =>
  checkTranslation({ source: { locale: from, markup: source }, target: { locale: to, markup: target } });
const names = (findings: Array<{ check: CheckName }>) => findings.map((f) => f.check);

describe('the launch content passes', () => {
  it.each(directions)('%s → %s: no error, and only the warnings its texts earn', (from, to) => {
    const errors: string[] = [];
    const warnings: string[] = [];
    for (const article of launchArticles) {
      const pairs = launchPairs([article]).filter((p) => p.from === from && p.to === to);
      const ratio = reportRatio(pairs);
      for (const p of pairs)
        for (const f of checkTranslation(
          { source: { locale: from, markup: p.source }, target: { locale: to, markup: p.target } },
          { ratio },
        ))
          (f.severity === 'error' ? errors : warnings).push(`${p.at} ${f.check}: ${f.found}`);
    }
    // numbers one version states and the others leave implicit (tests/unit/translation-numbers)
    expect(errors.filter((e) => !e.includes(' numbers: '))).toEqual([]);
    expect(warnings.filter((w) => !w.includes(' numbersAdded: '))).toEqual([]);
  });
});

describe('each check catches its mistake in a real paragraph', () => {
  const signing = paragraph('gmd-2025-signings', 'p1');

  it('an empty translation, and one left in the original', () => {
    expect(names(checked('zh', 'en', signing.zh!, '  '))).toEqual(['empty']);
    expect(names(checked('zh', 'vi', signing.zh!, signing.zh!))).toContain('untranslated');
    expect(names(checked('en', 'vi', signing.en!, signing.en!))).toContain('untranslated');
    expect(names(checked('en', 'zh', signing.en!, signing.en!))).toContain('untranslated');
    // a name in Latin letters inside Chinese is not English left untranslated
    expect(names(checked('en', 'zh', signing.en!, signing.zh!))).not.toContain('untranslated');
  });

  it('a number changed, in each target language', () => {
    const en = signing.en!.replace('CNY 3.3 billion', 'CNY 33 billion');
    expect(checked('zh', 'en', signing.zh!, en)).toContainEqual({
      check: 'numbers',
      severity: 'error',
      found: '33亿',
    });
    const vi = signing.vi!.replace('14 dự án', '41 dự án');
    expect(names(checked('en', 'vi', signing.en!, vi))).toEqual(
      expect.arrayContaining(['numbers', 'numbersAdded']),
    );
    const zh = signing.zh!.replace('14个', '4个');
    expect(checked('vi', 'zh', signing.vi!, zh).find((f) => f.check === 'numbers')?.found).toBe('14');
  });

  it('Vietnamese without its diacritics', () => {
    const bare = signing.vi!.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gu, 'd').replace(/Đ/gu, 'D');
    expect(checked('zh', 'vi', signing.zh!, bare).find((f) => f.check === 'diacritics')?.severity).toBe(
      'error',
    );
  });

  it('punctuation of another script: ASCII commas between Chinese characters, full-width ones in English', () => {
    const zh = signing.zh!.replace('，共签署', ',共签署');
    expect(checked('en', 'zh', signing.en!, zh)).toContainEqual({
      check: 'punctuation',
      severity: 'warning',
      found: '式,',
    });
    expect(names(checked('zh', 'en', signing.zh!, signing.en!.replace(', ', '，')))).toContain('punctuation');
    expect(names(checked('zh', 'vi', signing.zh!, `${signing.vi!.slice(0, -1)}。`))).toContain('punctuation');
  });

  it('stray spaces and a doubled word', () => {
    expect(names(checked('zh', 'en', signing.zh!, signing.en!.replace('ceremony', 'ceremony  ')))).toContain(
      'spaces',
    );
    expect(names(checked('en', 'zh', signing.en!, signing.zh!.replace('签约仪式', '签约 仪式')))).toContain(
      'spaces',
    );
    expect(names(checked('zh', 'vi', signing.zh!, signing.vi!.replace('lễ ký', 'lễ lễ ký')))).toContain(
      'doubledWord',
    );
    expect(
      names(checked('zh', 'en', signing.zh!, signing.en!.replace('the Global', 'the the Global'))),
    ).toContain('doubledWord');
    // Vietnamese doubles some words on purpose
    expect(
      names(
        checked(
          'en',
          'vi',
          'Trade grew step by step over the years.',
          'Thương mại tăng dần dần qua các năm.',
        ),
      ),
    ).not.toContain('doubledWord');
  });

  it('a length far from the report’s own, and bold, italics or links lost', () => {
    const half = signing.en!.slice(0, Math.floor(signing.en!.length / 3));
    expect(names(checked('zh', 'en', signing.zh!, half))).toContain('length');
    expect(
      checked(
        'en',
        'vi',
        `The **Nanning Initiative** was [released](/en/agreements/nanning-initiative-2025).`,
        'Sáng kiến Nam Ninh đã được công bố.',
      ).find((f) => f.check === 'marks')?.found,
    ).toBe('strong 1→0, links 1→0');
  });
});
