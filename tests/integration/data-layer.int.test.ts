import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getArticle } from '@/lib/data/articles';
import { getHomePage } from '@/lib/data/home';
import { prepareDatabase } from '@/lib/content/prepare';
import { locales } from '@/lib/model/locales';
import { createTestDatabase, dropTestDatabases } from '../support/databases';

beforeAll(async () => {
  const url = await createTestDatabase('data');
  await prepareDatabase(url);
  process.env.DATABASE_URL = url;
});
afterAll(dropTestDatabases);

describe('data layer', () => {
  it.each(locales)(
    'the %s home page leads with the most recent event and its sourced figures',
    async (locale) => {
      const home = await getHomePage(locale);
      expect(home.event?.id).toBe('global-mayors-dialogue-nanning-2025');
      expect(home.event?.name.locale).toBe(locale);
      expect(home.event?.figures.find((f) => f.metric === 'cities')).toMatchObject({
        value: 12,
        qualifier: 'exact',
      });
      expect(home.event?.figures.find((f) => f.metric === 'cities')?.sources).toHaveLength(2);
    },
  );

  it('lists only the reports published in the reader’s language, newest first', async () => {
    const zh = await getHomePage('zh');
    const vi = await getHomePage('vi');
    expect(zh.latest).toHaveLength(6);
    expect(vi.latest).toHaveLength(5);
    expect(vi.latest.map((a) => a.id)).not.toContain('mayors-forum-2015-nanning-consensus');
    const times = zh.latest.map((a) => a.publishedAt.getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });

  it('finds an article by its slug in that language, with paragraphs in the shared order', async () => {
    const article = await getArticle('vi', 'cong-bo-sang-kien-nam-ninh');
    expect(article?.title).toBe('Các thị trưởng công bố Sáng kiến Nam Ninh sau phiên đối thoại chính');
    expect(article?.slots.map((p) => p.key)).toEqual(['p1', 'p2', 'p3', 'p4']);
    expect(article?.versions.map((v) => v.locale)).toEqual(['zh', 'en', 'vi']);
    expect(Object.keys(article?.slots[0]?.texts ?? {})).toEqual(['zh', 'en', 'vi']);
    expect(article?.source?.reviewers).toHaveLength(4);
  });

  it('keeps a paragraph that only some versions have in its slot, empty for the others', async () => {
    const article = await getArticle('en', 'lang-son-mong-cai-smart-border-gates');
    const last = article?.slots.at(-1);
    expect(last?.key).toBe('p5');
    expect(Object.keys(last?.texts ?? {})).toEqual(['vi']);
  });

  it('links the first mention of each mentioned entity in the body, in each version’s own names', async () => {
    const article = await getArticle('en', 'mayors-release-nanning-initiative');
    const linksIn = (locale: (typeof locales)[number]) =>
      article!.slots.flatMap((s) =>
        (s.texts[locale] ?? []).filter((r) => r.entity).map((r) => `${r.text}→${r.entity!.id}`),
      );
    expect(linksIn('en')).toEqual([
      'Nanning→nanning',
      'Vientiane→vientiane',
      'Yangon→yangon',
      'Surat Thani Province→surat-thani',
      'Kedah State→kedah',
      'Mong Cai→mong-cai',
      'Siem Reap→siem-reap',
      'Mataram→mataram',
      'Hou Gang→hou-gang',
      'Nanning Initiative→nanning-initiative-2025',
    ]);
    expect(linksIn('zh')).toContain('侯刚→hou-gang');
    expect(linksIn('zh')).toContain('南宁倡议→nanning-initiative-2025');
    expect(linksIn('vi')).toContain('Sáng kiến Nam Ninh→nanning-initiative-2025');
    expect(linksIn('vi')).toContain('Hầu Cương→hou-gang');
  });

  it('links every entity a launch report mentions in at least one of its versions', async () => {
    const home = await getHomePage('zh');
    for (const { slug } of home.latest) {
      const article = await getArticle('zh', slug);
      const linked = new Set(
        article!.slots.flatMap((s) =>
          Object.values(s.texts).flatMap((runs) => runs.flatMap((r) => r.entity?.id ?? [])),
        ),
      );
      const mentioned = [
        ...article!.mentions.people,
        ...article!.mentions.cities,
        ...article!.mentions.agreements,
      ];
      expect({ slug, unlinked: mentioned.map((m) => m.id).filter((id) => !linked.has(id)) }).toEqual({
        slug,
        unlinked: [],
      });
    }
  });

  it('returns nothing for another language’s slug, a missing version or a malformed slug', async () => {
    expect(await getArticle('zh', 'mayors-release-nanning-initiative')).toBeNull();
    expect(await getArticle('vi', '2015-china-asean-mayors-forum-nanning-consensus')).toBeNull();
    expect(await getArticle('en', "x' OR '1'='1")).toBeNull();
    expect(await getArticle('en', 'a'.repeat(500))).toBeNull();
  });
});
