import { describe, expect, it } from 'vitest';
import { chineseNumeral, numberDifferences, numbersIn } from '@/lib/translation/numbers';
import type { Locale } from '@/lib/model/locales';
import { launchPairs } from '../support/launch-content';

const values = (text: string, locale: Locale) => numbersIn(text, locale).map((m) => m.value);

describe('numbers as each language writes them', () => {
  it('reads amounts with their scale words and separators', () => {
    expect(values('总金额超过33亿元人民币，约4.52亿美元', 'zh')).toEqual([3.3e9, 4.52e8]);
    expect(values('more than CNY 3.3 billion — about USD 452 million', 'en')).toEqual([3.3e9, 452e6]);
    expect(values('hơn 3,3 tỷ nhân dân tệ, khoảng 452 triệu USD', 'vi')).toEqual([3.3e9, 452e6]);
    expect(values('1.000 đại biểu; 12,5%', 'vi')).toEqual([1000, 12.5]);
    expect(values('1,000 delegates; 12.5%', 'en')).toEqual([1000, 12.5]);
  });

  it('reads dates: a month name is its number', () => {
    expect(values('9月19—20日', 'zh')).toEqual([9, 19, 20]);
    expect(values('19–20 September', 'en').sort((a, b) => a - b)).toEqual([9, 19, 20]);
    expect(values('ngày 15-18/1', 'vi')).toEqual([15, 18, 1]);
  });

  it('reads numbers in words as spelt', () => {
    expect(chineseNumeral('两千')).toBe(2000);
    expect(chineseNumeral('十四')).toBe(14);
    expect(chineseNumeral('三万五千')).toBe(35000);
    expect(numbersIn('超过两千列', 'zh')).toEqual([{ text: '两千', value: 2000, spelt: true }]);
    expect(numbersIn('第二届论坛', 'zh')).toEqual([{ text: '第二', value: 2, spelt: true }]);
    expect(numbersIn('Fourteen projects, twenty-one cities', 'en').map((m) => [m.value, m.spelt])).toEqual([
      [14, true],
      [21, true],
    ]);
    // 统一 and 一带一路 count nothing
    expect(numbersIn('统一部署一带一路', 'zh')).toEqual([]);
  });
});

describe('numberDifferences', () => {
  it('reads the launch content: every number of each version is found in the others, but what one states and the others leave implicit', () => {
    const missing: string[] = [];
    const extra: string[] = [];
    for (const p of launchPairs()) {
      const d = numberDifferences({ text: p.source, locale: p.from }, { text: p.target, locale: p.to });
      if (d.missing.length) missing.push(`${p.at}: ${d.missing.join(', ')}`);
      if (d.extra.length) extra.push(`${p.at}: ${d.extra.join(', ')}`);
    }
    // The three versions were written side by side and state the same numbers, except where the
    // Vietnamese states what the others leave implicit: it counts the eight cities the others list
    // (English spells "eight"), and writes 18/1 for "the 18th". Read from the Vietnamese, those are
    // missing in the others; read from the others, they are the Vietnamese's additions.
    expect(missing).toEqual([
      'gmd-2025-nanning-initiative p1 vi→zh: 8',
      'gmd-2025-preview p1 vi→zh: 1',
      'gmd-2025-preview p1 vi→en: 1',
    ]);
    expect(extra).toEqual([
      'gmd-2025-nanning-initiative p1 zh→vi: 8',
      'gmd-2025-preview p1 zh→vi: 1',
      'gmd-2025-preview p1 en→vi: 1',
    ]);
  });

  it('names a number the translation changed or left out, and one it added', () => {
    const source = { text: '共签署14个项目，总金额超过33亿元人民币。', locale: 'zh' as const };
    expect(
      numberDifferences(source, {
        text: 'Fourteen projects worth more than CNY 3.3 billion were signed.',
        locale: 'en',
      }),
    ).toEqual({ missing: [], extra: [] });
    expect(
      numberDifferences(source, {
        text: '14 projects worth more than CNY 33 billion were signed.',
        locale: 'en',
      }),
    ).toEqual({ missing: ['33亿'], extra: ['33 billion'] });
    expect(
      numberDifferences(source, {
        text: 'Ký kết 14 dự án, tổng giá trị hơn 3,3 tỷ nhân dân tệ.',
        locale: 'vi',
      }),
    ).toEqual({ missing: [], extra: [] });
    expect(
      numberDifferences({ text: '9月19—20日', locale: 'zh' }, { text: '19–21 September', locale: 'en' }),
    ).toEqual({ missing: ['20'], extra: ['21'] });
  });
});
