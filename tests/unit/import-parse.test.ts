import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { align, anchorsOf, compileGlossary, type AlignBlock } from '@/lib/editorial/import/align';
import { slugify, suggestIds } from '@/lib/editorial/import/ids';
import { expectedCorpus, judgeRelease } from '@/lib/editorial/import/corpus';
import { parseReleaseTime, readByline, readCredits, readLead } from '@/lib/editorial/import/header';
import { parseRelease } from '@/lib/editorial/import/parse';
import { detectLanguage, unspaceCjk } from '@/lib/editorial/import/text';
import { accountFor } from '../support/import-accounting';
import { expectations, glossary } from '../fixtures/import/expected';

/**
 * The importer on releases shaped like what editors really paste (tests/fixtures/import/, written
 * by us in our own words, each modelled on one real shape: a headline in one language only, the
 * languages in blocks or mixed, outlets' header and footer forms, a structured report, a web page
 * with its debris, a hard-wrapped clipping and PDF, Vietnamese without diacritics, interviews).
 * For each, the paragraphs, kinds, pairs, header fields and dropped lines are asserted exactly.
 */

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');

describe.each(expectations)('$file', (expected) => {
  const result = parseRelease(fixture(expected.file), { glossary });
  if (!result.ok) throw new Error(`${expected.file} did not parse: ${result.problem}`);

  it('finds the languages, the original, the layout, the headlines and the standfirst', () => {
    expect(result.originalLocale).toBe(expected.originalLocale);
    expect(result.languages).toEqual(expected.languages);
    expect(result.layout).toBe(expected.layout);
    expect(result.title).toEqual(expected.title);
    expect(result.missingTitle).toEqual(expected.missingTitle);
    expect(result.standfirst).toEqual(expected.standfirst);
  });

  it('makes exactly the expected paragraphs, kinds and pairs', () => {
    expect(result.paragraphs.map((p) => [p.kind, p.text])).toEqual(expected.paragraphs);
    expect(result.unpaired).toEqual(expected.unpaired);
  });

  it('reads the header and footer fields', () => {
    const m = result.metadata;
    expect({
      releasedAt: m.releasedAt,
      precision: m.precision,
      dateReading: m.dateReading,
      outlet: m.outlet,
      bylines: m.bylines,
      reviewers: m.reviewers.map((r) => [r.role, r.name]),
    }).toEqual(expected.header);
  });

  it('drops exactly the debris, each line with its reason', () => {
    expect(result.dropped.map((d) => [d.line, d.reason])).toEqual(expected.dropped);
  });

  it('accounts for every line it was given: draft, header or dropped list', () => {
    expect(accountFor(fixture(expected.file), result)).toEqual([]);
  });
});

describe('language of a text', () => {
  it.each([
    ['南宁是广西壮族自治区首府。', 'zh'],
    ['据主办方介绍，共有12座城市参加（含Nanning）。', 'zh'],
    ['Twelve cities from eight countries took part.', 'en'],
    ['The delegation from Hà Nội met officials in Nanning.', 'en'],
    ['Các thị trưởng trao đổi về hợp tác giữa các đô thị.', 'vi'],
    ['Đô trưởng Vientiane phát biểu', 'vi'],
    // Vietnamese typed without its diacritics is still Vietnamese
    ['Cac thi truong trao doi ve hop tac giua cac do thi.', 'vi'],
    ['Dai bieu cua 12 thanh pho da tham du phien doi thoai chinh.', 'vi'],
    // … and English with a Vietnamese name in it stays English
    ['Nguyen Van Hanh spoke about the border gates of Lang Son.', 'en'],
    ['เมืองสุราษฎร์ธานี', null],
    ['2025 — 12 / 8', null],
  ])('%s → %s', (text, locale) => expect(detectLanguage(text)).toBe(locale));
});

describe('release times as outlets print them', () => {
  it.each([
    ['21:14, 17-01-2025', '2025-01-17T21:14:00+08:00', 'minute', null],
    ['2025-01-15 16:56', '2025-01-15T16:56:00+08:00', 'minute', null],
    ['16:56, January 15, 2025', '2025-01-15T16:56:00+08:00', 'minute', null],
    ['2025年1月17日 21:14', '2025-01-17T21:14:00+08:00', 'minute', null],
    ['2025年01月17日21:14', '2025-01-17T21:14:00+08:00', 'minute', null],
    ['Thứ Sáu, 17/01/2025 - 21:14', '2025-01-17T21:14:00+08:00', 'minute', null],
    ['Thu Sau, 17/01/2025 - 21:14', '2025-01-17T21:14:00+08:00', 'minute', null],
    ['2015年9月21日 星期一', '2015-09-21T00:00:00+08:00', 'day', null],
    ['17/01/2025 21:14 GMT+7', '2025-01-17T21:14:00+07:00', 'minute', null],
    ['2025-01-17T13:14Z', '2025-01-17T13:14:00Z', 'minute', null],
    ['9:05 pm, 16 January 2025', '2025-01-16T21:05:00+08:00', 'minute', null],
    // a date that reads two ways follows the day-first convention of zh, vi and en-GB, and says so
    ['05/01/2025 09:30', '2025-01-05T09:30:00+08:00', 'minute', 'dayFirst'],
  ])('%s', (text, iso, precision, reading) =>
    expect(parseReleaseTime(text)).toMatchObject({ iso, precision, reading }),
  );
  it('reads a time printed without a zone in the events’ zone, and says it did', () => {
    expect(parseReleaseTime('2025-01-17 21:14')?.zoneAssumed).toBe(true);
    expect(parseReleaseTime('2025-01-17 21:14 GMT+8')?.zoneAssumed).toBe(false);
  });
  it.each([
    '2025-02-30 10:00',
    '2025-01-17 25:00',
    'yesterday',
    '2025-01-17 and more',
    'On 16 January 2025 the dialogue opened',
  ])('refuses %s', (text) => expect(parseReleaseTime(text)).toBeNull());
});

describe('credits and bylines in three languages', () => {
  it.each([
    [
      'Reviewer 1: Huang Mengyao | Reviewer 2: Zhang Yanlan',
      [
        ['Reviewer 1', 'Huang Mengyao'],
        ['Reviewer 2', 'Zhang Yanlan'],
      ],
    ],
    [
      '(Web editor: Li Yan, Wang Rui)',
      [
        ['Web editor', 'Li Yan'],
        ['Web editor', 'Wang Rui'],
      ],
    ],
    [
      '一审：黄梦瑶 二审：张燕兰',
      [
        ['一审', '黄梦瑶'],
        ['二审', '张燕兰'],
      ],
    ],
    ['【责任编辑：韦宁】', [['责任编辑', '韦宁']]],
    [
      '（责编：韦宁、陆晓）',
      [
        ['责编', '韦宁'],
        ['责编', '陆晓'],
      ],
    ],
    ['Biên tập: Lê Hà', [['Biên tập', 'Lê Hà']]],
    ['Người dịch: Trần An', [['Người dịch', 'Trần An']]],
  ])('%s', (line, credits) => expect(readCredits(line)?.map((c) => [c.role, c.name])).toEqual(credits));
  it.each([
    ['本报记者 丁翊轩', 'zh'],
    ['By Jane Roe and Tom Vu', 'en'],
    ['Phóng viên Lê Hà', 'vi'],
  ])('%s is a byline', (line, locale) => expect(readByline(line)).toEqual({ byline: line, locale }));
  it.each([
    '记者：请问南宁为什么举办这次对话？',
    'Editor: the city said it would reply.',
    'By 2030, the two cities plan a rail link.',
  ])('%s is not a credit or a byline', (line) => {
    expect(readByline(line)).toBeNull();
    expect(readCredits(line)).toBeNull();
  });
});

describe('alignment by content', () => {
  const blocks = (texts: string[], start: number): AlignBlock[] =>
    texts.map((text, i) => ({
      text,
      kind: 'paragraph',
      anchors: anchorsOf(text, compileGlossary(glossary)),
      position: start + i,
    }));
  const zh = [
    '1月16日，12座城市的代表出席了开幕式。',
    '阮文幸介绍了谅山的智慧口岸。',
    '双方签约14个项目，总额超过33亿元。',
    '对话于1月18日闭幕。',
  ];
  const en = [
    'On 16 January, representatives of 12 cities attended the opening.',
    'Nguyen Van Hanh presented the smart border gates of Lang Son.',
    'A photo exhibition on ASEAN cities drew long queues outside the hall.',
    'The two sides signed 14 projects worth more than 3.3 billion yuan.',
    'The dialogue closed on 18 January.',
  ];
  it('leaves a paragraph present in one language alone instead of shifting every pair after it', () => {
    expect(align(blocks(zh, 0), blocks(en, 10), () => 0)).toEqual([
      [0, 0],
      [1, 1],
      [null, 2],
      [2, 3],
      [3, 4],
    ]);
  });
  it('reads numbers, months, Chinese numerals and glossary names as anchors', () => {
    const g = compileGlossary(glossary);
    expect(anchorsOf('十二座城市、8个国家，1月16日', g)).toEqual(new Set(['n:8', 'n:1', 'n:16', 'n:12']));
    expect(anchorsOf('12 cities on 16 January; 10,000 visitors', g)).toEqual(
      new Set(['n:12', 'n:16', 'n:10000', 'n:1', 'w:january']),
    );
    expect(anchorsOf('阮文幸表示', g)).toEqual(new Set(['g:person:nguyen-van-hanh']));
    expect(anchorsOf('Nguyễn Văn Hạnh cho biết', g)).toContain('g:person:nguyen-van-hanh');
  });
});

describe('lines the editor keeps, errors, ids', () => {
  it('brings a dropped line back as a paragraph when the editor keeps it', () => {
    const text = fixture('import/05-date-line-and-credits.txt');
    const kept = parseRelease(text, { keep: [5] });
    if (!kept.ok) throw new Error(kept.problem);
    expect(kept.dropped.map((d) => d.line)).toEqual([7, 8]);
    expect(kept.kept).toEqual([5]);
    expect(kept.paragraphs.map((p) => p.text.en)).toContain('Photo: Xu Lan/NNICC');
  });

  it('names the line and quotes it when a paragraph is too long', () => {
    const long = `Headline\nShort first paragraph.\n${'word '.repeat(2500)}`;
    expect(parseRelease(long)).toEqual({
      ok: false,
      problem: 'paragraphTooLong',
      line: 3,
      quote: `${'word '.repeat(12)}…`,
      limit: 10_000,
    });
  });

  it('says which lines it read when no report text is left', () => {
    expect(parseRelease('Source: NNICC\n00:00 / 01:32\nShare')).toEqual({
      ok: false,
      problem: 'noBody',
      lines: [2, 3],
      quote: '00:00 / 01:32',
    });
    expect(parseRelease('Only a headline')).toEqual({
      ok: false,
      problem: 'noBody',
      lines: [1],
      quote: 'Only a headline',
    });
    expect(parseRelease(' \n\n')).toEqual({ ok: false, problem: 'empty' });
    expect(parseRelease('x'.repeat(100_001))).toMatchObject({ ok: false, problem: 'tooLong' });
  });

  it('closes up Chinese printed with spaces but keeps a headline’s one separating space', () => {
    expect(unspaceCjk('中 国 — 东 盟 市 长 论 坛')).toBe('中国—东盟市长论坛');
    expect(unspaceCjk('十二座城市齐聚南宁 共话开放合作')).toBe('十二座城市齐聚南宁 共话开放合作');
  });

  it('suggests ids from a Latin headline, folding Vietnamese', () => {
    expect(slugify('Thị trưởng 12 thành phố đối thoại tại Nam Ninh')).toBe(
      'thi-truong-12-thanh-pho-doi-thoai',
    );
    const preview = parseRelease(fixture('import/01-headline-in-english-only.txt'));
    if (!preview.ok) throw new Error(preview.problem);
    expect(suggestIds(preview)).toEqual({
      articleId: 'mayors-of-twelve-cities-open-the-global-mayors',
      slugs: {
        zh: 'mayors-of-twelve-cities-open-the-global-mayors',
        en: 'mayors-of-twelve-cities-open-the-global-mayors',
      },
    });
  });
});

describe('a long paste', () => {
  it.each([
    ['33,000 short lines', Array.from({ length: 33_000 }, (_, i) => `w${i % 7}`).join('\n')],
    [
      '20,000 repeated lines',
      Array.from({ length: 20_000 }, () => 'Same line')
        .join('\n')
        .slice(0, 100_000),
    ],
    [
      '600 alternating paragraph pairs',
      Array.from({ length: 1_200 }, (_, i) => (i % 2 ? `Paragraph ${i} on Nanning.` : `第${i}段。`)).join(
        '\n',
      ),
    ],
  ])('of %s is answered within seconds', (_, text) => {
    const started = performance.now();
    const result = parseRelease(text);
    expect(performance.now() - started).toBeLessThan(3_000);
    expect(result.ok || ['noBody', 'tooManyParagraphs'].includes(result.problem)).toBe(true);
  });
});

// The releases the newsroom received, as received (beside the repository, never in it): every
// field a careful editor expects, and every line accounted for. CI has the folder; elsewhere the
// tests say they skipped it.
const corpusDir = path.resolve(import.meta.dirname, '../../../shared/releases');
describe.skipIf(!existsSync(path.join(corpusDir, 'expected.json')))('the releases as received', () => {
  const corpus = existsSync(path.join(corpusDir, 'expected.json'))
    ? expectedCorpus.parse(JSON.parse(readFileSync(path.join(corpusDir, 'expected.json'), 'utf8'))).releases
    : [];
  it.each(corpus.map((e) => [e.file, e] as const))('%s reads as the editor expects', (file, e) => {
    const text = readFileSync(path.join(corpusDir, file), 'utf8');
    const result = parseRelease(text);
    expect(judgeRelease(e, result).filter((r) => !r.ok)).toEqual([]);
    if (result.ok) expect(accountFor(text, result)).toEqual([]);
  });
});

describe('the lead of a first paragraph', () => {
  it.each([
    ['NDO - Trong các ngày 15-18/1, …', 'NDO', 'Trong các ngày 15-18/1, …'],
    ['(Xinhua) -- Mayors met …', 'Xinhua', 'Mayors met …'],
    ['【新华社】各国市长…', '新华社', '各国市长…'],
    ['Baoquocte.vn – Chiều 16/1, …', 'Baoquocte.vn', 'Chiều 16/1, …'],
  ])('an outlet prefix %s names %s and leaves the text', (text, outlet, rest) =>
    expect(readLead(text)).toMatchObject({ outlet, prefix: expect.any(String), text: rest }),
  );
  it('a dateline with a place stays in the text and gives the date and the outlet', () => {
    const lead = readLead('NANNING, Jan. 16, 2025 (Xinhua) -- City leaders …');
    expect(lead).toMatchObject({
      outlet: 'Xinhua',
      prefix: null,
      time: { iso: '2025-01-16T00:00:00+08:00' },
    });
    expect(lead?.text).toBe('NANNING, Jan. 16, 2025 (Xinhua) -- City leaders …');
    expect(readLead('Nanning, China — January 17, 2025 — Leaders …')?.time?.precision).toBe('day');
  });
  it.each([
    'Hou Gang, Mayor of Nanning — who chaired the session — said …',
    'Chen Yijun - the minister - attended.',
    '（一）搭建城市合作平台',
    'Nanning is the capital of Guangxi.',
  ])('reads nothing from %s', (text) => expect(readLead(text)).toBeNull());
});

describe('short paragraphs are not a column', () => {
  it('keeps one-sentence paragraphs of the same width apart, blank lines or not', () => {
    const sentences = [
      '南宁市与万象市签署了旅游合作备忘录，双方将互设推广中心。',
      '两市还将开通直飞航线，并为旅行团办理通关提供便利措施。',
      '仰光市代表介绍了该市港口与物流园区的最新建设进展情况。',
      '谅山省代表介绍了智慧口岸建设，通关时间已经大幅度缩短。',
      '暹粒市代表表示希望与南宁在文化遗产保护方面加强交流。',
      '吉打州代表介绍了该州的农产品加工业和对华出口的情况。',
      '与会代表一致认为城市间合作是区域合作的重要组成部分。',
    ];
    for (const gap of ['\n', '\n\n']) {
      const result = parseRelease(`城市代表介绍合作成果\n\n${sentences.join(gap)}`);
      if (!result.ok) throw new Error(result.problem);
      expect(result.paragraphs.map((p) => p.text.zh)).toEqual(sentences);
    }
  });
});
