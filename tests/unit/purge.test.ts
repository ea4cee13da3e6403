import { describe, expect, it } from 'vitest';
import { articleChange, nextTargets, proxyPaths } from '@/lib/freshness/change';

describe('what a publication makes stale', () => {
  const change = articleChange({
    eventId: null,
    translations: [
      { locale: 'zh', slug: 'bao-dao' },
      { locale: 'en', slug: 'report' },
    ],
    people: [],
    cities: ['nanning'],
    agreements: [],
  });
  const paths = proxyPaths(change);

  it('purges the report in each language, side by side with each other language, and its share image', () => {
    for (const p of [
      '/zh/articles/bao-dao',
      '/zh/articles/bao-dao/with/en',
      '/en/articles/report/with/zh',
      '/en/articles/report/share.png',
    ])
      expect(paths).toContain(p);
    expect(paths).not.toContain('/zh/articles/bao-dao/with/vi');
  });

  it('purges the pages that list it: homes, entity pages, report lists, feeds and sitemaps', () => {
    for (const p of [
      '/vi',
      '/en/cities/nanning',
      '/vi/articles',
      '/zh/feed.xml',
      '/en/atom.xml',
      '/sitemap.xml',
      '/news-sitemap.xml',
      '/sitemaps/articles.xml',
    ])
      expect(paths).toContain(p);
  });

  it('purges each URL once', () => expect(new Set(paths).size).toBe(paths.length));

  it('revalidates in Next the same pages, the lists tag and the side-by-side route', () => {
    const next = nextTargets(change);
    expect(next.tags).toEqual(['article-list']);
    expect(next.paths).toEqual(expect.arrayContaining(['/zh/articles/bao-dao', '/en', '/vi/cities/nanning']));
    expect(next.patterns).toEqual([{ path: '/[locale]/articles/[slug]/with/[languages]', type: 'page' }]);
    for (const p of next.paths) expect(paths).toContain(p);
  });
});
