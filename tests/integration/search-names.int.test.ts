import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareDatabase } from '@/lib/content/prepare';
import { searchPool } from '@/lib/db/app-client';
import type { Locale } from '@/lib/model/locales';
import { search, searchParamsSchema, soundKeys, type SearchOutcome } from '@/lib/search/query';
import { createTestDatabase, dropTestDatabases } from '../support/databases';

/**
 * Names found the way readers type them (issue 30, docs/decisions/029), on the launch glossary,
 * in the three search boxes: as they sound in another language or script, misspelt beside a
 * correct word, and named with a year, a kind or a city in any order. The queries are ours,
 * written as a reader would type them, not taken from the glossary.
 */

beforeAll(async () => {
  const url = await createTestDatabase('names');
  await prepareDatabase(url);
  process.env.DATABASE_URL = url;
});
afterAll(dropTestDatabases);

const find = (q: string, locale: Locale, extra: Record<string, string> = {}) =>
  search(searchParamsSchema.parse({ q, ...extra }), locale);
const ok = (outcome: SearchOutcome) => {
  if (outcome.status !== 'ok') throw new Error('expected results');
  return outcome;
};
const firstOf = async (q: string, locale: Locale) => {
  const found = ok(await find(q, locale));
  const top = found.results[0];
  return top ? `${top.kind}:${top.entityId}` : null;
};

describe('names as they sound', () => {
  it.each<[string, Locale, string]>([
    // a Lao city in a Thai or English romanisation
    ['Wieng Chan', 'en', 'city:vientiane'],
    ['Wiangchan', 'vi', 'city:vientiane'],
    ['wiang chan', 'zh', 'city:vientiane'],
    // a Vietnamese place as an English speaker hears it: k for c, no tone marks
    ['Mong Kai', 'en', 'city:mong-cai'],
    ['mong kai', 'vi', 'city:mong-cai'],
    ['Lang Sonn', 'en', 'city:lang-son'],
    // a Chinese name in pinyin, with and without tones and spaces, in any search box
    ['nan ning', 'zh', 'city:nanning'],
    ['Nánníng', 'en', 'city:nanning'],
    ['nanning', 'vi', 'city:nanning'],
    ['yongcheng', 'zh', 'city:nanning'],
    // one letter away from 邕城 (yongcheng)
    ['rongcheng', 'zh', 'city:nanning'],
    ['xian ri', 'en', 'city:siem-reap'],
    ['hou gang', 'zh', 'person:hou-gang'],
    ['Houggang', 'en', 'person:hou-gang'],
    // a Vietnamese name without its marks and with an English speaker's y
    ['Nguyen Van Hanh', 'en', 'person:nguyen-van-hanh'],
    ['Nguyen Van Han', 'zh', 'person:nguyen-van-hanh'],
  ])('%s (%s) → %s first', async (q, locale, expected) => {
    expect(await firstOf(q, locale)).toBe(expected);
  });

  it('ranks an entry named exactly above one that only sounds like the query', async () => {
    // "Nam Ninh" is Nanning's Vietnamese name: exactly named, and nothing else comes first
    expect(await firstOf('Nam Ninh', 'vi')).toBe('city:nanning');
    const found = ok(await find('Nanning', 'en'));
    expect(found.results[0]!.entityId).toBe('nanning');
  });

  it('does not hear names in ordinary words', async () => {
    for (const q of ['trade', 'cooperation tourism', '合作', 'hợp tác thương mại', 'city leaders'])
      expect(await soundKeys(searchPool(), q, []), q).toEqual([]);
  });
});

describe('a misspelt word beside a right one', () => {
  it.each<[string, Locale, string, string]>([
    ['Nanning Initaitve', 'en', 'Nanning Initiative', 'agreement:nanning-initiative-2025'],
    ['nanning initaitve', 'zh', 'nanning initiative', 'agreement:nanning-initiative-2025'],
    ['Sáng kiếnn Nam Ninh', 'vi', 'Sáng kiến Nam Ninh', 'agreement:nanning-initiative-2025'],
    ['Nanning Consesus', 'en', 'Nanning Consensus', 'agreement:nanning-consensus-2015'],
  ])('%s (%s) is searched as %s, and says so', async (q, locale, meant, first) => {
    const found = ok(await find(q, locale));
    expect(found.correctedFrom).toBe(q);
    expect(found.correctedBecause).toBe('name');
    expect(found.suggestion).toBe(meant);
    expect(await firstOf(q, locale)).toBe(first);
    // "search instead for" what was typed: the typed words, the suggestion only offered
    const typed = ok(await find(q, locale, { verbatim: '1' }));
    expect(typed.correctedFrom).toBeNull();
    expect(typed.suggestion).toBe(meant);
  });

  it('keeps a query whose every word the index has, and one whose correction names nothing new', async () => {
    const right = ok(await find('Nanning Initiative', 'en'));
    expect([right.suggestion, right.correctedFrom]).toEqual([null, null]);
    // "cooperatoin" is corrected only as a suggestion: the correction names no entry
    const plain = ok(await find('Nanning cooperatoin', 'en'));
    expect(plain.correctedFrom).toBeNull();
    expect(plain.suggestion).toBe('Nanning cooperation');
  });
});

describe('an entry named with what qualifies it', () => {
  it.each<[string, Locale, string]>([
    // its year, its kind, its city — in any order
    ['2025 memorandum Yangon', 'en', 'agreement:nanning-yangon-mou-2025-2026'],
    ['Yangon memorandum', 'vi', 'agreement:nanning-yangon-mou-2025-2026'],
    ['仰光 备忘录 2025', 'zh', 'agreement:nanning-yangon-mou-2025-2026'],
    ['bản ghi nhớ Yangon 2025', 'vi', 'agreement:nanning-yangon-mou-2025-2026'],
    ['initiative Nanning 2025', 'en', 'agreement:nanning-initiative-2025'],
    ['2025 倡议 南宁', 'zh', 'agreement:nanning-initiative-2025'],
    ['Nam Ninh sáng kiến 2025', 'vi', 'agreement:nanning-initiative-2025'],
    ['consensus 2015 Nanning', 'en', 'agreement:nanning-consensus-2015'],
    ['Nanning dialogue 2025', 'en', 'event:global-mayors-dialogue-nanning-2025'],
    ['对话 2025 南宁', 'zh', 'event:global-mayors-dialogue-nanning-2025'],
    ['Lạng Sơn thành phố', 'vi', 'city:lang-son'],
  ])('%s (%s) → %s first', async (q, locale, expected) => {
    expect(await firstOf(q, locale)).toBe(expected);
  });

  it('leaves a name alone as that name, and reports still follow the entries', async () => {
    expect(await firstOf('Yangon', 'en')).toBe('city:yangon');
    expect(await firstOf('Nanning', 'zh')).toBe('city:nanning');
    const found = ok(await find('2025 memorandum Yangon', 'en'));
    const kinds = found.results.map((r) => r.kind);
    expect(kinds.indexOf('article')).toBeGreaterThan(0);
    // Yangon itself is still found, after the memorandum
    const keysFound = found.results.map((r) => `${r.kind}:${r.entityId}`);
    expect(keysFound).toContain('city:yangon');
  });
});

describe('a person by one name', () => {
  it.each<[string, Locale, string]>([
    ['Siphandon', 'en', 'person:athsaphangthong-siphandone'],
    ['Atsaphangtong', 'zh', 'person:athsaphangthong-siphandone'],
    ['Shengwenn', 'vi', 'person:nong-shengwen'],
  ])('%s (%s) → %s first', async (q, locale, expected) => {
    expect(await firstOf(q, locale)).toBe(expected);
  });
});
