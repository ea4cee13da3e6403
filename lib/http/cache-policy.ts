/**
 * How long shared caches (nginx, Varnish, a CDN) may keep what the portal answers, set by
 * proxy.ts (Next's request proxy) on every response it handles (docs/decisions/016). Next sets
 * `s-maxage=31536000` on the pages it caches, which a shared cache would keep for a year after a
 * correction; these policies replace it.
 *
 * - Pages: fresh for a minute in a shared cache (the longest a reader behind a cache that is not
 *   purged can see a page older than its last publication), then served stale while the cache
 *   fetches a new one, and for a day when the portal fails. Browsers revalidate every time
 *   (`max-age=0`; the ETag makes that a 304).
 * - Search: the same, for thirty seconds (results change with every publication).
 * - Language negotiation at `/` (a redirect chosen by Accept-Language) and the newsroom: never
 *   stored by anyone.
 * HTML and RSC answers of one URL are told apart by Next's own `Vary: rsc, …`.
 */
export const cachePolicy = {
  page: 'public, max-age=0, s-maxage=60, stale-while-revalidate=600, stale-if-error=86400',
  search: 'public, max-age=0, s-maxage=30, stale-while-revalidate=60, stale-if-error=600',
  /** feeds and sitemaps: readers' apps may keep them five minutes too */
  feed: 'public, max-age=300, s-maxage=60, stale-while-revalidate=3600, stale-if-error=86400',
  /** share images change only with a headline: browsers and caches may keep them an hour */
  image: 'public, max-age=3600, s-maxage=3600, stale-while-revalidate=86400, stale-if-error=86400',
  /** a photo rendition: its address changes with its content, so anyone may keep it a year */
  immutable: 'public, max-age=31536000, s-maxage=31536000, immutable',
  private: 'private, no-store',
} as const;

const searchPath = /^\/(?:zh|en|vi)\/search\/?$/;

/**
 * The policy for a public response of the proxy: a redirect, the search page, a feed or sitemap, a
 * share image, or any other page. (A page that fails is answered `private, no-store` by Next
 * itself, which overrides this; the search page's error keeps the search policy, thirty seconds.)
 */
export function publicCachePolicy(pathname: string, status: number): string {
  if (status >= 300 && status < 400) return cachePolicy.private;
  if (searchPath.test(pathname)) return cachePolicy.search;
  if (pathname.endsWith('.xml')) return cachePolicy.feed;
  if (pathname.endsWith('.png')) return cachePolicy.image;
  return cachePolicy.page;
}
