import { entityKinds, fixedSitemapParts, type EntityKind } from '../model/kinds';
import { listQueryString, type Cursor, type ReportListFilter } from '../model/lists';
import { locales, type Locale } from '../model/locales';
import {
  ARTICLES_PATH,
  articlePath,
  CORRECTIONS_PATH,
  entityPath,
  feedPath,
  localizedPath,
  NEWS_SITEMAP_PATH,
  SITEMAP_INDEX_PATH,
  sitemapPartPath,
} from '../model/paths';

/**
 * What a change in the newsroom makes stale, as one typed value. The writes say *what* changed
 * (which language versions of which report, which entity pages show it, whether the lists did);
 * every consumer derives what it needs from that: Next's tags and paths (`nextTargets`, applied by
 * ./apply.ts), the caching proxies' URLs (`proxyPaths`, purged by ./proxies.ts), the instances'
 * page caches (emptied whole, ./signal.ts). Pure, so it is tested without Next.
 */

/** Next's data-cache tags, written once: the lists, feeds and sitemaps read data under them. */
export const TAGS = {
  /** every page of every report list (a glossary change renames entries everywhere) */
  articleList: 'article-list',
  /** the feeds of one language (its newest reports) */
  feed: (locale: Locale) => `feed:${locale}`,
  /** the news sitemap (the last 48 hours) */
  newsSitemap: 'news-sitemap',
  /** the pages of a section's list (people, cities, agreements, sources) */
  section: (kind: string) => `section:${kind}`,
  /** the corrections page of one language (every page of it: they are few) */
  corrections: (locale: Locale) => `corrections:${locale}`,
} as const;

/** A language version; `publishedAt` (ISO) places it in the sitemap's parts, when it has one. */
export type ArticleRef = { locale: Locale; slug: string; publishedAt?: string | null };
export type EntityRef = { kind: EntityKind; id: string };
/** One page of a list of reports (lib/model/lists.ts): its list key, language and cursor. */
export type ListWindow = { list: string; locale: Locale; cursor: Cursor };

export type Change = {
  /** the language versions whose pages changed (each one's page, side by side, share image) */
  articles: ArticleRef[];
  /** the entity pages that list or link them */
  entities: EntityRef[];
  /** the pages of the report lists whose reports changed (lib/data/report-lists.ts windowsAround) */
  windows: ListWindow[];
  /** every page of every list (when a change cannot say which): a glossary change */
  lists: boolean;
  /** every public page: names are shown everywhere (links, lists, maps), so a glossary change */
  everywhere?: boolean;
};

/** A report as its write read it: its language versions, what it mentions, the list pages it is on. */
export type ArticleFacts = {
  eventId: string | null;
  translations: ReadonlyArray<ArticleRef>;
  people: ReadonlyArray<string>;
  cities: ReadonlyArray<string>;
  agreements: ReadonlyArray<string>;
  windows: ReadonlyArray<ListWindow>;
  /** the report pages that show it among their related reports (its event's nearest reports) */
  neighbours: ReadonlyArray<ArticleRef>;
};

/** The data-cache tag of one page of a list. */
export const windowTag = ({ list, locale, cursor }: ListWindow): string =>
  `list:${list}:${locale}:${cursor ? `${cursor.dir}:${cursor.id}` : 'first'}`;

/** The filter of a list key ('person:x' → the person x; 'all' → none). */
export function filterOfList(list: string): ReportListFilter {
  const [kind, id] = list.split(':');
  return id && entityKinds.includes(kind as EntityKind) ? { kind: kind as EntityKind, id } : null;
}

/** A report's change: its versions, its event and the entities it mentions, its list pages. */
export function articleChange(facts: ArticleFacts | null): Change {
  if (!facts) return { articles: [], entities: [], windows: [], lists: true };
  const entities: EntityRef[] = [
    ...(facts.eventId ? [{ kind: 'event' as const, id: facts.eventId }] : []),
    ...facts.people.map((id) => ({ kind: 'person' as const, id })),
    ...facts.cities.map((id) => ({ kind: 'city' as const, id })),
    ...facts.agreements.map((id) => ({ kind: 'agreement' as const, id })),
  ];
  return {
    articles: [
      ...facts.translations.map(({ locale, slug, publishedAt }) => ({ locale, slug, publishedAt })),
      ...facts.neighbours.map(({ locale, slug }) => ({ locale, slug })),
    ],
    entities,
    windows: [...facts.windows],
    lists: false,
  };
}

/** A glossary change: every public page shows names. */
export const everywhere: Change = { articles: [], entities: [], windows: [], lists: true, everywhere: true };

/** Two changes as one (a report's pages before and after its mentions changed). */
export function combine(a: Change, b: Change): Change {
  const unique = <T>(items: T[]) => [...new Map(items.map((i) => [JSON.stringify(i), i])).values()];
  return {
    articles: unique([...a.articles, ...b.articles]),
    entities: unique([...a.entities, ...b.entities]),
    windows: unique([...a.windows, ...b.windows]),
    lists: a.lists || b.lists,
    everywhere: a.everywhere || b.everywhere || undefined,
  };
}

/** The sitemap parts holding a version published at `publishedAt` (ISO): its month's and day's. */
export function sitemapPartsOf(publishedAt: string): string[] {
  const day = publishedAt.slice(0, 10);
  return [`articles-${day.slice(0, 7)}`, `articles-${day}`];
}

/** The languages whose feeds a change alters. */
function feedLocales(change: Change): Locale[] {
  return change.lists ? [...locales] : locales.filter((l) => change.articles.some((a) => a.locale === l));
}

export type NextTargets = {
  tags: string[];
  paths: string[];
  patterns: Array<{ path: string; type: 'page' | 'layout' }>;
};

/** The pages of a change, as Next addresses them (with the locale). */
function pagePaths(change: Change): string[] {
  const paths = new Set<string>();
  for (const a of change.articles) paths.add(localizedPath(a.locale, articlePath(a.slug)));
  for (const locale of locales) {
    // the home page shows the latest reports
    if (change.articles.length > 0) paths.add(localizedPath(locale, '/'));
    // an entity page lists its reports, and shows its own photo
    for (const e of change.entities) paths.add(localizedPath(locale, entityPath(e.kind, e.id)));
  }
  return [...paths];
}

/** What Next revalidates: the pages, the lists' tag, the routes whose pages are too many to name. */
export function nextTargets(change: Change): NextTargets {
  return {
    paths: pagePaths(change),
    tags: [
      ...(change.lists ? [TAGS.articleList] : change.windows.map(windowTag)),
      ...feedLocales(change).map(TAGS.feed),
      // a publication may print a correction, or take a corrected report off the list
      ...feedLocales(change).map(TAGS.corrections),
      ...(change.lists || change.articles.length > 0 ? [TAGS.newsSitemap, TAGS.section('source')] : []),
    ],
    patterns: [
      // side-by-side views exist for many language combinations; the route as a whole
      ...(change.articles.length > 0
        ? [{ path: '/[locale]/articles/[slug]/with/[languages]', type: 'page' as const }]
        : []),
      ...(change.everywhere ? [{ path: '/[locale]', type: 'layout' as const }] : []),
    ],
  };
}

/** The side-by-side combinations of a report's language versions, as the reading links write them. */
function sideBySide(locale: Locale, others: Locale[]): Locale[][] {
  const ordered = locales.filter((l) => others.includes(l) && l !== locale);
  const combos = ordered.map((l) => [l]);
  if (ordered.length === 2) combos.push(ordered);
  return combos;
}

/** Every public URL a change makes stale, as a caching proxy keys it (path, no query). */
export function proxyPaths(change: Change): string[] {
  const paths = new Set(pagePaths(change));
  const languages = change.articles.map((a) => a.locale);
  for (const a of change.articles) {
    for (const beside of sideBySide(a.locale, languages))
      paths.add(localizedPath(a.locale, articlePath(a.slug, beside)));
    paths.add(localizedPath(a.locale, `${articlePath(a.slug)}/share.png`));
  }
  // the list pages around the reports (every first page when the change cannot say)
  const windows = change.lists
    ? locales.map((locale) => ({ list: 'all', locale, cursor: null }))
    : change.windows;
  for (const w of windows)
    paths.add(localizedPath(w.locale, ARTICLES_PATH + listQueryString(filterOfList(w.list), w.cursor)));
  for (const l of feedLocales(change)) {
    for (const f of ['rss', 'atom'] as const) paths.add(feedPath(l, f));
    // the sources list names each source's reports (its first page: sources are few)
    paths.add(localizedPath(l, '/sources'));
    paths.add(localizedPath(l, CORRECTIONS_PATH));
  }
  // the sitemap: its index (lastmod), the parts of the versions' days, the news sitemap
  if (change.lists || change.articles.length > 0) {
    paths.add(SITEMAP_INDEX_PATH);
    paths.add(NEWS_SITEMAP_PATH);
  }
  for (const a of change.articles)
    if (a.publishedAt) for (const part of sitemapPartsOf(a.publishedAt)) paths.add(sitemapPartPath(part));
  if (change.everywhere) for (const part of fixedSitemapParts) paths.add(sitemapPartPath(part));
  return [...paths];
}

/** The search result pages of the languages a change touched, as the page cache's prefixes. */
export function searchPages(change: Change): string[] {
  return feedLocales(change).map((l) => `${localizedPath(l, '/search')}*`);
}
