import type { PublishedIndex } from '../data/published-index';
import { defaultLocale, locales, localeTable, type Locale } from '../model/locales';
import { kindOfSegment, sitemapParts, type SitemapPart } from '../model/kinds';
import {
  entityPath,
  everyLanguage,
  localizedPath,
  NEWS_SITEMAP_PATH,
  sitemapPartPath,
  type Alternate,
} from '../model/paths';
import { articlePath } from '../model/paths';
import { xml } from './xml';

/**
 * Sitemaps as XML text, from the published index. Every localized page is one <url> with
 * xhtml:link alternates for each language it exists in plus x-default (the same set the page's
 * own <head> declares, see lib/seo/metadata.ts). Split by type; an index names the parts.
 */

/** A page's addresses per language, when it last changed, the photos it shows (paths). */
type Entry = { alternates: Alternate[]; lastModified?: Date; images?: string[] };

const sections = ['/articles', '/events', '/people', '/cities', '/agreements', '/sources', '/about'];

function entriesOf(kind: SitemapPart, index: PublishedIndex): Entry[] {
  switch (kind) {
    case 'pages':
      return ['/', ...sections].map((path) => ({ alternates: everyLanguage(path) }));
    case 'articles':
      return index.articles.map((a) => ({
        alternates: a.versions.map((v) => ({ locale: v.locale, path: articlePath(v.slug) })),
        lastModified: new Date(Math.max(...a.versions.map((v) => v.updatedAt.getTime()))),
        images: a.images,
      }));
    default: {
      const entity = kindOfSegment(kind)!;
      return index[kind].map(({ id, image }) => ({
        alternates: everyLanguage(entityPath(entity, id)),
        images: image ? [image] : [],
      }));
    }
  }
}

export function sitemapXml(kind: SitemapPart, index: PublishedIndex, origin: string): string {
  const url = (l: Locale, path: string) => `${origin}${localizedPath(l, path)}`;
  const urls = entriesOf(kind, index).flatMap(({ alternates, lastModified, images = [] }) => {
    const existing = locales.flatMap((l) => alternates.filter((a) => a.locale === l));
    const fallback = existing.find((a) => a.locale === defaultLocale) ?? existing[0];
    const links = [
      ...existing.map(
        (a) =>
          `<xhtml:link rel="alternate" hreflang="${localeTable[a.locale].htmlLang}" href="${xml(url(a.locale, a.path))}"/>`,
      ),
      fallback &&
        `<xhtml:link rel="alternate" hreflang="x-default" href="${xml(fallback.path === '/' ? `${origin}/` : url(fallback.locale, fallback.path))}"/>`,
    ].filter(Boolean);
    // Google's image extension: the photos the page shows (it reads nothing but their address)
    const pictures = images.map(
      (p) => `<image:image><image:loc>${xml(`${origin}${p}`)}</image:loc></image:image>`,
    );
    return existing.map(
      (a) =>
        `<url><loc>${xml(url(a.locale, a.path))}</loc>${
          lastModified ? `<lastmod>${lastModified.toISOString()}</lastmod>` : ''
        }${links.join('')}${pictures.join('')}</url>`,
    );
  });
  return `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">\n${urls.join('\n')}\n</urlset>`;
}

export function sitemapIndexXml(origin: string): string {
  const parts = [
    ...sitemapParts.map((k) => `${origin}${sitemapPartPath(k)}`),
    `${origin}${NEWS_SITEMAP_PATH}`,
  ];
  return `<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${parts
    .map((p) => `<sitemap><loc>${xml(p)}</loc></sitemap>`)
    .join('\n')}\n</sitemapindex>`;
}

/** How far back a Google News sitemap reaches. */
export const NEWS_WINDOW_MS = 48 * 60 * 60 * 1000;

/** Reports published in the last 48 hours, each language version with its news:language. */
export function newsSitemapXml(
  index: PublishedIndex,
  origin: string,
  publicationName: (locale: Locale) => string,
  now: Date,
): string {
  const since = now.getTime() - NEWS_WINDOW_MS;
  const urls = index.articles.flatMap((a) =>
    a.versions
      .filter((v) => v.publishedAt.getTime() >= since && v.publishedAt.getTime() <= now.getTime())
      .map(
        (v) =>
          `<url><loc>${xml(`${origin}${localizedPath(v.locale, articlePath(v.slug))}`)}</loc><news:news><news:publication><news:name>${xml(
            publicationName(v.locale),
          )}</news:name><news:language>${localeTable[v.locale].newsLanguage}</news:language></news:publication><news:publication_date>${v.publishedAt.toISOString()}</news:publication_date><news:title>${xml(
            v.title,
          )}</news:title></news:news></url>`,
      ),
  );
  return `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n${urls.join('\n')}\n</urlset>`;
}
