import { describe, expect, it } from 'vitest';
import { cachePolicy, publicCachePolicy } from '@/lib/http/cache-policy';

describe('what shared caches may keep', () => {
  it.each([
    ['/zh', 200, cachePolicy.page],
    ['/en/articles/some-report', 200, cachePolicy.page],
    ['/en/articles/no-such-report', 404, cachePolicy.page],
    ['/vi/search', 200, cachePolicy.search],
    ['/zh/feed.xml', 200, cachePolicy.feed],
    ['/en/articles/some-report/share.png', 200, cachePolicy.image],
    ['/', 307, cachePolicy.private],
  ])('%s (%i)', (path, status, policy) => expect(publicCachePolicy(path, status)).toBe(policy));

  it('lets every public answer be served stale while refreshing and when the portal fails', () => {
    for (const policy of [cachePolicy.page, cachePolicy.search, cachePolicy.feed, cachePolicy.image])
      expect(policy).toMatch(
        /^public, max-age=\d+, s-maxage=\d+, stale-while-revalidate=\d+, stale-if-error=\d+$/,
      );
  });
});
