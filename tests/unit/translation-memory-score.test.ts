import { describe, expect, it } from 'vitest';
import { bandsOf, editDistance, scoreUnit, similarity, tokensOf } from '@/lib/translation/memory-score';
import { launchArticles } from '../support/launch-content';

/** Translation memory scores as translators know them from their CAT tools, in each script. */
describe('tokens and distance', () => {
  it('cuts Chinese by characters, English by words, Vietnamese by syllables; a number is one token', () => {
    expect(tokensOf('南宁签署14个项目')).toEqual(['南', '宁', '签', '署', '14', '个', '项', '目']);
    expect(tokensOf('Nanning signed 3.3 billion')).toEqual(['nanning', 'signed', '3.3', 'billion']);
    expect(tokensOf('Nam Ninh ký 3,3 tỷ')).toEqual(['nam', 'ninh', 'ký', '3,3', 'tỷ']);
  });

  it('counts the fewest insertions, deletions and replacements', () => {
    expect(editDistance(['a', 'b', 'c'], ['a', 'c'])).toBe(1);
    expect(editDistance(['a', 'b'], ['b', 'a'])).toBe(2);
    expect(editDistance([], ['x', 'y'])).toBe(2);
    expect(
      similarity(
        tokensOf('one two three four five six seven eight nine ten'),
        tokensOf('one two three four five six seven eight nine eleven'),
      ),
    ).toBe(90);
  });
});

describe('scoreUnit', () => {
  const unit = {
    source: '世界市长对话期间共签署14个项目。',
    target: 'A total of 14 projects were signed during the Global Mayors Dialogue.',
    targetLocale: 'en' as const,
    articleId: 'gmd-2025-signings',
  };

  it('the same text scores 100, in the same report 101', () => {
    expect(scoreUnit({ text: '世界市长对话期间共签署14个项目。' }, unit)).toMatchObject({
      score: 100,
      kind: 'exact',
    });
    expect(
      scoreUnit({ text: '世界市长对话期间共签署14个项目。', articleId: 'gmd-2025-signings' }, unit),
    ).toMatchObject({
      score: 101,
      kind: 'context',
    });
    // spacing and case are not differences
    expect(
      scoreUnit(
        { text: 'The  Nanning initiative' },
        { source: 'the Nanning Initiative', target: 'Sáng kiến Nam Ninh', targetLocale: 'vi' },
      ).score,
    ).toBe(100);
  });

  it('a text that differs only in numbers gets the translation with its numbers, at 99', () => {
    expect(scoreUnit({ text: '世界市长对话期间共签署16个项目。' }, unit)).toEqual({
      score: 99,
      kind: 'numbers',
      target: 'A total of 16 projects were signed during the Global Mayors Dialogue.',
    });
    const vi = {
      source: 'Ngày 16/1, 12 thành phố tham dự.',
      target: 'On 16 January, 12 cities took part.',
      targetLocale: 'en' as const,
    };
    expect(scoreUnit({ text: 'Ngày 16/1, 15 thành phố tham dự.' }, vi).target).toBe(
      'On 16 January, 15 cities took part.',
    );
    // a number the translation writes another way (33亿 is "3.3 billion") cannot be replaced: fuzzy
    const amount = {
      source: '总金额超过33亿元。',
      target: 'Worth more than CNY 3.3 billion.',
      targetLocale: 'en' as const,
    };
    const fuzzy = scoreUnit({ text: '总金额超过35亿元。' }, amount);
    expect(fuzzy.kind).toBe('fuzzy');
    expect(fuzzy.target).toBe(amount.target);
  });

  it('fuzzy matches score by the share of tokens kept, never as much as an exact one', () => {
    const en = {
      source: 'The mayors released the Nanning Initiative after the main dialogue.',
      target: 'Các thị trưởng công bố Sáng kiến Nam Ninh sau phiên đối thoại chính.',
      targetLocale: 'vi' as const,
    };
    expect(
      scoreUnit({ text: 'The mayors released the Nanning Initiative after the dialogue.' }, en),
    ).toMatchObject({ score: 90, kind: 'fuzzy' });
    expect(
      scoreUnit({ text: 'Delegates visited a logistics park in the afternoon.' }, en).score,
    ).toBeLessThan(75);
    const zh = {
      source: '市长主对话发布《南宁倡议》',
      target: 'Mayors release the Nanning Initiative',
      targetLocale: 'en' as const,
    };
    expect(scoreUnit({ text: '市长对话发布《南宁倡议》' }, zh)).toMatchObject({ score: 91, kind: 'fuzzy' });
    const vi = {
      source: 'Nam Ninh đón đoàn đại biểu các thành phố ASEAN',
      target: 'Nanning welcomes ASEAN city delegations',
      targetLocale: 'en' as const,
    };
    expect(scoreUnit({ text: 'Nam Ninh đón đoàn đại biểu thành phố ASEAN' }, vi).score).toBe(90);
  });
});

describe('the index key (MinHash bands)', () => {
  const share = (a: string, b: string, salt = '') => {
    const mine = new Set(bandsOf(a, salt));
    return bandsOf(b, salt).some((x) => mine.has(x));
  };
  /** A paragraph with every k-th token replaced by a word of another paragraph, as the language writes. */
  const edit = (locale: 'zh' | 'en' | 'vi', text: string, every: number, words: string[]) =>
    tokensOf(text)
      .map((t, i) => (i % every === every - 1 ? words[i % words.length]! : t))
      .join(locale === 'zh' ? '' : ' ');

  it.each(['zh', 'en', 'vi'] as const)(
    '%s: launch paragraphs edited to 75 % or more share a band with their original (all from 85 %); most others share none',
    (locale) => {
      const texts = launchArticles.flatMap((a) =>
        a.paragraphs.flatMap((p) => (p[locale] ? [p[locale]!] : [])),
      );
      const words = tokensOf(texts.join(' ')).reverse();
      // every fourth, sixth or tenth token replaced: the edits spread evenly, the hardest case
      let edited = 0;
      let found = 0;
      for (const text of texts)
        for (const every of [4, 6, 10]) {
          const changed = edit(locale, text, every, words);
          const score = similarity(tokensOf(text), tokensOf(changed));
          if (score < 75) continue;
          edited++;
          if (share(text, changed)) found++;
          else expect(score, `${locale} every ${every}: ${changed.slice(0, 40)}`).toBeLessThan(85);
        }
      expect(edited).toBeGreaterThan(30);
      expect(found / edited).toBeGreaterThan(0.95);
      let colliding = 0;
      let pairs = 0;
      for (let i = 0; i < texts.length; i++)
        for (let j = i + 1; j < texts.length; j++, pairs++) if (share(texts[i]!, texts[j]!)) colliding++;
      expect(colliding / pairs).toBeLessThan(0.06);
    },
  );

  it('is the same for a text that differs only in numbers, and differs by direction', () => {
    expect(bandsOf('Nanning signed 14 projects worth 3.3 billion yuan')).toEqual(
      bandsOf('Nanning signed 16 projects worth 4.1 billion yuan'),
    );
    expect(share('Nanning signed 14 projects', 'Nanning signed 14 projects', 'en>zh')).toBe(true);
    const [zh, vi] = [
      bandsOf('Nanning signed 14 projects', 'en>zh'),
      bandsOf('Nanning signed 14 projects', 'en>vi'),
    ];
    expect(zh.filter((b) => vi.includes(b))).toEqual([]);
  });
});
