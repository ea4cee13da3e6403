import { describe, expect, it } from 'vitest';
import { articleChange, nextTargets, proxyPaths } from '@/lib/freshness/change';

describe('what a publication makes stale', () => {
  const change = articleChange({
    eventId: null,
    translations: [
      { locale: 'zh', slug: 'bao-dao', publishedAt: '2025-01-18T02:00:00.000Z' },
      { locale: 'en', slug: 'report', publishedAt: '2025-01-17T23:30:00.000Z' },
    ],
    people: [],
    cities: ['nanning'],
    agreements: [],
    // the list pages its write found around it (lib/data/report-lists.ts windowsAround)
    neighbours: [],
    windows: [
      { list: 'all', locale: 'zh', cursor: null },
      { list: 'all', locale: 'zh', cursor: { dir: 'before', id: 'older-report' } },
      { list: 'city:nanning', locale: 'en', cursor: { dir: 'after', id: 'newer-report' } },
    ],
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

  it('purges the pages that list it: homes, entity pages, its list pages, feeds and sitemap parts', () => {
    for (const p of [
      '/vi',
      '/en/cities/nanning',
      '/zh/articles',
      '/zh/articles?before=older-report',
      '/en/articles?city=nanning&after=newer-report',
      '/zh/feed.xml',
      '/en/atom.xml',
      '/zh/corrections',
      '/sitemap.xml',
      '/news-sitemap.xml',
      // each version's month and day (the index uses one or the other)
      '/sitemaps/articles-2025-01.xml',
      '/sitemaps/articles-2025-01-18.xml',
      '/sitemaps/articles-2025-01-17.xml',
    ])
      expect(paths).toContain(p);
  });

  it('leaves the rest of the archive alone: other list pages, other languages’ feeds, other months', () => {
    expect(paths).not.toContain('/vi/articles');
    expect(paths).not.toContain('/en/articles');
    expect(paths).not.toContain('/vi/feed.xml');
    expect(paths).not.toContain('/vi/corrections');
    expect(paths.filter((p) => p.startsWith('/sitemaps/'))).toHaveLength(3);
  });

  it('purges each URL once', () => expect(new Set(paths).size).toBe(paths.length));

  it('revalidates in Next the same pages, its list pages and feeds by tag, and the side-by-side route', () => {
    const next = nextTargets(change);
    expect(next.tags).toEqual([
      'list:all:zh:first',
      'list:all:zh:before:older-report',
      'list:city:nanning:en:after:newer-report',
      'feed:zh',
      'feed:en',
      // the corrections page of the languages it touched (a publication may print one)
      'corrections:zh',
      'corrections:en',
      'news-sitemap',
      // the sources list shows each source's reports
      'section:source',
    ]);
    expect(next.paths).toEqual(expect.arrayContaining(['/zh/articles/bao-dao', '/en', '/vi/cities/nanning']));
    expect(next.patterns).toEqual([{ path: '/[locale]/articles/[slug]/with/[languages]', type: 'page' }]);
    for (const p of next.paths) expect(paths).toContain(p);
  });
});
