import { capitalized, kindTable, menuKinds, type EntityKind, type EntitySegment } from './kinds';
import { locales, type Locale } from './locales';

/**
 * The one table of paths: every address the portal writes — public pages, side by side, share
 * images, feeds, sitemaps, the newsroom — is made here, so a route and the links to it cannot
 * drift apart. Paths "without the locale" are the ones the language alternates carry.
 */

/** A language a page exists in, and the page's path there (without the locale prefix). */
export type Alternate = { locale: Locale; path: string };

/** The same path in every language (pages whose address does not depend on the language). */
export function everyLanguage(path: string): Alternate[] {
  return locales.map((locale) => ({ locale, path }));
}

/**
 * The address of `path` (written without the locale, e.g. "/articles/x") in `locale`. Links are
 * plain <a> elements rendered on the server: reading needs no client-side router, and leaving it
 * out keeps every page's JavaScript at the framework's minimum (`npm run size`).
 */
export function localizedPath(locale: Locale, path: string): string {
  return path === '/' ? `/${locale}` : `/${locale}${path}`;
}

/** The page of a person, city, agreement or event, written without the locale (for `localizedPath`). */
export function entityPath(kind: EntityKind, id: string): string {
  return `/${kindTable[kind].segment}/${id}`;
}

/** The section listing a kind's pages, without the locale. */
export function sectionPath(kind: EntityKind): string {
  return `/${kindTable[kind].segment}`;
}

/** The reports' list, without the locale. */
export const ARTICLES_PATH = '/articles';

/** Every printed correction, newest first, and the policy they follow (docs/decisions/030). */
export const CORRECTIONS_PATH = '/corrections';
export const CORRECTIONS_POLICY_PATH = '/corrections/policy';

/** The site's sections, in menu order, with their label's key in the `Layout` messages. */
export const siteSections = [
  [ARTICLES_PATH, 'navReports'],
  ...menuKinds.map((k) => {
    const segment = kindTable[k].segment;
    return [`/${segment}`, `nav${capitalized(segment)}` as NavKey] as const;
  }),
] as const;
type NavKey = `nav${Capitalize<EntitySegment>}`;

/** The path (without the locale prefix) of an article version, optionally with others beside it. */
export function articlePath(slug: string, beside: readonly Locale[] = []): string {
  return beside.length > 0 ? `${ARTICLES_PATH}/${slug}/with/${beside.join(',')}` : `${ARTICLES_PATH}/${slug}`;
}

/**
 * The same reading in another language: its own slug, and the other languages of the current
 * comparison (so /zh/…/with/en becomes /en/…/with/zh).
 */
export function equivalentPath(targetSlug: string, target: Locale, shown: readonly Locale[]): string {
  const beside = shown.length > 1 ? locales.filter((l) => l !== target && shown.includes(l)) : [];
  return articlePath(targetSlug, beside);
}

/** The address of an article's share image in one language (app/[locale]/articles/[slug]/share.png). */
export function shareImagePath(locale: Locale, slug: string): string {
  return localizedPath(locale, `${articlePath(slug)}/share.png`);
}

/**
 * A photo rendition: `/media/photos/<id>/<key>/<crop>-<width>.<format>`, where the key hashes the
 * original and the focal point (lib/media/renditions.ts), so the address changes with either.
 */
export const photoRenditionPath = (
  photoId: string,
  key: string,
  crop: string,
  width: number,
  format: 'avif' | 'webp' | 'jpeg',
): string =>
  `/media/photos/${encodeURIComponent(photoId)}/${key}/${crop}-${width}.${format === 'jpeg' ? 'jpg' : format}`;

/** A language's feeds. */
export const feedPath = (locale: Locale, format: 'rss' | 'atom'): string =>
  localizedPath(locale, format === 'rss' ? '/feed.xml' : '/atom.xml');

/** The sitemap index, its parts, and the news sitemap. */
export const SITEMAP_INDEX_PATH = '/sitemap.xml';
export const NEWS_SITEMAP_PATH = '/news-sitemap.xml';
export const sitemapPartPath = (part: string): string => `/sitemaps/${part}.xml`;

/**
 * The newsroom's pages, in the interface language `ui`. Ids are encoded: an article id comes from
 * a form and may hold anything until it is checked.
 */
/** Where the newsroom's photo form posts its files (app/media/upload/route.ts). */
export const MEDIA_UPLOAD_PATH = '/media/upload';

export const newsroom = {
  home: (ui: Locale) => `/editor/${ui}`,
  login: (ui: Locale, error?: string) => `/editor/${ui}/login${error ? `?error=${error}` : ''}`,
  users: (ui: Locale) => `/editor/${ui}/users`,
  audit: (ui: Locale) => `/editor/${ui}/audit`,
  import: (ui: Locale) => `/editor/${ui}/import`,
  entities: (ui: Locale) => `/editor/${ui}/entities`,
  photos: (ui: Locale, query = '') => `/editor/${ui}/photos${query ? `?${query}` : ''}`,
  photo: (ui: Locale, id: string, done?: string) =>
    `/editor/${ui}/photos/${encodeURIComponent(id)}${done ? `?done=${done}` : ''}`,
  /** photo uploads: outside the pages' proxy, which would cut bodies over 10 MB */
  upload: (ui: Locale) => `${MEDIA_UPLOAD_PATH}?ui=${ui}`,
  entity: (ui: Locale, type: string, id: string, done?: string) =>
    `/editor/${ui}/entities/${type}/${id}${done ? `?done=${done}` : ''}`,
  article: (ui: Locale, articleId: string) => `/editor/${ui}/articles/${encodeURIComponent(articleId)}`,
  version: (ui: Locale, articleId: string, lang: Locale, done?: string) =>
    `/editor/${ui}/articles/${encodeURIComponent(articleId)}/${lang}${done ? `?done=${done}` : ''}`,
  /** a translation as an XLIFF file (version 1.2 or 2.1) */
  xliff: (ui: Locale, articleId: string, lang: Locale, version: '1.2' | '2.1') =>
    `/editor/${ui}/articles/${encodeURIComponent(articleId)}/${lang}/xliff?version=${version}`,
  /** the translation memory: its counts, TMX files out and in */
  memory: (ui: Locale, query = '') => `/editor/${ui}/memory${query ? `?${query}` : ''}`,
  tmx: (ui: Locale, from: Locale, to: Locale) => `/editor/${ui}/memory/tmx?from=${from}&to=${to}`,
  /** where an agency's TMX file is posted (a route: it may be megabytes) */
  memoryImport: (ui: Locale) => `/editor/${ui}/memory/import`,
};
