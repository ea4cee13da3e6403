import { describe, expect, it } from 'vitest';
import { purgePaths } from '@/lib/http/purge-paths';

describe('what a publication purges from the proxies', () => {
  const refresh = {
    paths: ['/zh/articles/bao-dao', '/en/articles/report', '/zh', '/en', '/vi', '/en/cities/nanning'],
    tags: ['article-list'],
    patterns: [{ path: '/[locale]/articles/[slug]/with/[languages]', type: 'page' as const }],
  };
  const paths = purgePaths(refresh);

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
});
