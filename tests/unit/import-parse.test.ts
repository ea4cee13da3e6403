import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectLanguage, parseRelease, parseReleaseTime, slugify } from '@/lib/editorial/import-parse';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');

describe('language of a line', () => {
  it.each([
    ['南宁是广西壮族自治区首府。', 'zh'],
    ['据主办方介绍，共有12座城市参加（含Nanning）。', 'zh'],
    ['Twelve cities from eight countries took part.', 'en'],
    ['The delegation from Hà Nội met officials in Nanning.', 'en'],
    ['Các thị trưởng trao đổi về hợp tác giữa các đô thị.', 'vi'],
    ['Đô trưởng Vientiane phát biểu', 'vi'],
    ['เมืองสุราษฎร์ธานี', null],
    ['2025 — 12 / 8', null],
  ])('%s → %s', (text, locale) => expect(detectLanguage(text)).toBe(locale));
});

describe('release time', () => {
  it.each([
    ['2025-01-17 21:14', '2025-01-17T21:14:00+08:00', 'minute'],
    ['2025年1月17日 21:14', '2025-01-17T21:14:00+08:00', 'minute'],
    ['2025/1/17 21:14:05', '2025-01-17T21:14:00+08:00', 'minute'],
    ['17/01/2025 21:14 GMT+7', '2025-01-17T21:14:00+07:00', 'minute'],
    ['2025-01-17T13:14Z', '2025-01-17T13:14:00Z', 'minute'],
    ['2015-09-21', '2015-09-21T00:00:00+08:00', 'day'],
  ])('%s', (text, iso, precision) => expect(parseReleaseTime(text)).toEqual({ iso, precision }));
  it.each(['2025-02-30 10:00', '2025-01-17 25:00', 'yesterday', '2025-01-17 and more'])(
    'refuses %s',
    (text) => expect(parseReleaseTime(text)).toBeNull(),
  );
});

describe('a bilingual release', () => {
  const result = parseRelease(fixture('release-bilingual.txt'));
  if (!result.ok) throw new Error(`fixture did not parse: ${result.problem}`);

  it('pairs alternating Chinese and English paragraphs, the first pair being the headline', () => {
    expect(result.originalLocale).toBe('zh');
    expect(result.languages).toEqual(['zh', 'en']);
    expect(result.layout).toBe('alternating');
    expect(result.title).toEqual({
      zh: '十二座城市齐聚南宁 共话开放合作',
      en: 'Twelve cities meet in Nanning to talk about openness and cooperation',
    });
    expect(result.paragraphs).toHaveLength(4);
    expect(result.paragraphs[2]!.text).toEqual({
      zh: '据主办方介绍，本次活动共有8个国家的12座城市参加。',
      en: 'According to the organisers, 12 cities from 8 countries took part.',
    });
    expect(result.unpaired).toEqual([]);
  });

  it('reads release time, source and every reviewer credit as metadata, not text', () => {
    expect(result.metadata).toEqual({
      releasedAt: '2025-01-17T21:14:00+08:00',
      precision: 'minute',
      outlet: 'NNICC',
      reviewers: [
        { role: 'Reviewer 1', name: 'Huang Mengyao' },
        { role: 'Reviewer 2', name: 'Zhang Yanlan' },
        { role: 'Reviewer 3', name: 'Tang Caihong' },
        { role: 'English reviewer', name: 'Shen Fei' },
      ],
    });
    const all = JSON.stringify(result.paragraphs);
    expect(all).not.toContain('NNICC');
    expect(all).not.toContain('Shen Fei');
  });

  it('drops the player timestamp, the share widget and the repeated caption, and lists them', () => {
    expect(result.dropped.map((d) => [d.text, d.reason])).toEqual([
      ['00:00 / 01:32', 'timestamp'],
      ['图为主对话现场。', 'duplicate'],
      ['分享到：', 'widget'],
    ]);
    expect(result.paragraphs.filter((p) => p.text.zh === '图为主对话现场。')).toHaveLength(1);
  });
});

describe('other layouts', () => {
  it('a single-language Vietnamese report, with its source line', () => {
    const result = parseRelease(fixture('release-vietnamese.txt'));
    expect(result).toMatchObject({
      ok: true,
      originalLocale: 'vi',
      languages: ['vi'],
      layout: 'single',
      title: { vi: 'Thành phố Nam Ninh đón đại biểu 12 thành phố' },
      metadata: { outlet: 'Báo Nhân Dân', releasedAt: null, reviewers: [] },
    });
    if (result.ok) expect(result.paragraphs).toHaveLength(2);
  });

  it('languages in blocks (all English, then all Chinese) are paired by position', () => {
    const result = parseRelease(
      'Headline here\nFirst paragraph.\nSecond paragraph.\n标题\n第一段。\n第二段。',
    );
    expect(result).toMatchObject({ ok: true, layout: 'blocks', originalLocale: 'en', unpaired: [] });
    if (result.ok) expect(result.paragraphs[1]!.text).toEqual({ en: 'Second paragraph.', zh: '第二段。' });
  });

  it('three languages alternating make trilingual slots', () => {
    const result = parseRelease(
      '标题\nHeadline\nTiêu đề bài viết\n第一段。\nFirst paragraph.\nĐoạn thứ nhất của bài.',
    );
    expect(result).toMatchObject({ ok: true, languages: ['zh', 'en', 'vi'] });
    if (result.ok) expect(Object.keys(result.paragraphs[0]!.text)).toEqual(['zh', 'en', 'vi']);
  });

  it('one paragraph without its translation is shown as unpaired, not invented', () => {
    const text = '标题\nHeadline\n第一段。\nFirst.\n只有中文的一段。\n第三段。\nThird.\n第四段。\nFourth.';
    const result = parseRelease(text);
    expect(result).toMatchObject({ ok: true, unpaired: [5] });
  });

  it('Chinese credit labels, several on one line', () => {
    const result = parseRelease('标题\n正文第一段。\n一审：张三 二审：李四 三审：王五\n责任编辑：赵六');
    expect(result.ok && result.metadata.reviewers).toEqual([
      { role: '一审', name: '张三' },
      { role: '二审', name: '李四' },
      { role: '三审', name: '王五' },
      { role: '责任编辑', name: '赵六' },
    ]);
  });
});

describe('input it cannot make sense of', () => {
  it.each([
    ['', { problem: 'empty' }],
    ['   \n\n00:00 / 02:00\n分享到：', { problem: 'empty' }],
    ['Only a headline', { problem: 'noBody' }],
    ['Headline\nเมืองสุราษฎร์ธานีเป็นเมือง', { problem: 'unknownLanguage', line: 2 }],
    ['标题\n第一段。\n第二段。\n第三段。\nHeadline\nFirst.', { problem: 'unpaired' }],
    ['x'.repeat(100_001), { problem: 'tooLong', limit: 100_000 }],
    ['标题\n第一段。\nFirst.\n第二段。\nSecond.', { problem: 'unpaired', lines: [1] }],
    [`Headline\n${'word '.repeat(2_100)}`, { problem: 'paragraphTooLong', line: 2 }],
  ])('%#', (text, problem) => expect(parseRelease(text)).toMatchObject({ ok: false, ...problem }));

  it('markup, script tags and SQL are just text', () => {
    const result = parseRelease(
      "<script>alert(1)</script> headline\n'; DROP TABLE articles; -- said nobody.",
    );
    expect(result).toMatchObject({ ok: true, title: { en: '<script>alert(1)</script> headline' } });
  });
});

describe('suggested ids', () => {
  it('folds Vietnamese letters and stops before a dangling word', () => {
    expect(slugify('Thành phố Nam Ninh đón đại biểu 12 thành phố')).toBe(
      'thanh-pho-nam-ninh-don-dai-bieu-12',
    );
    expect(slugify('Twelve cities meet in Nanning to talk about openness')).toBe(
      'twelve-cities-meet-in-nanning-to-talk',
    );
    expect(slugify('南宁')).toBe('');
  });
});
