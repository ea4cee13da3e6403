import type { Refresh } from '../editorial/refresh';
import { locales, type Locale } from '../i18n/locales';

/** Which public URLs a refresh makes stale in a caching proxy (pure; sent by ./purge.ts). */

const sitemaps = [
  '/sitemap.xml',
  '/news-sitemap.xml',
  ...['pages', 'articles', 'events', 'people', 'cities', 'agreements'].map((n) => `/sitemaps/${n}.xml`),
];

/** The side-by-side combinations of a report's language versions, as the reading links write them. */
function sideBySide(locale: Locale, others: Locale[]): string[] {
  const ordered = locales.filter((l) => others.includes(l));
  const combos = ordered.map((l) => [l]);
  if (ordered.length === 2) combos.push(ordered);
  return combos.map((c) => `with/${c.join(',')}`);
}

/** Every public URL a refresh makes stale, as a proxy caches it (path, no query). */
export function purgePaths(refresh: Refresh): string[] {
  const paths = new Set(refresh.paths);
  const articles = refresh.paths
    .map((p) => /^\/(zh|en|vi)\/articles\/([^/]+)$/.exec(p))
    .filter((m): m is RegExpExecArray => m !== null);
  for (const [path, locale] of articles) {
    const others = articles.map((m) => m[1] as Locale).filter((l) => l !== locale);
    for (const combo of sideBySide(locale as Locale, others)) paths.add(`${path}/${combo}`);
    paths.add(`${path}/share.png`);
  }
  if (refresh.tags.includes('article-list')) {
    for (const l of locales) for (const p of ['/articles', '/feed.xml', '/atom.xml']) paths.add(`/${l}${p}`);
    for (const s of sitemaps) paths.add(s);
  }
  return [...paths];
}
