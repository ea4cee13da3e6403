import { sitemapParts, type EntityKind } from '../model/kinds';
import { locales, type Locale } from '../model/locales';
import {
  ARTICLES_PATH,
  articlePath,
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
  /** every article list, the published index (feeds, sitemaps) and the home page's latest reports */
  articleList: 'article-list',
} as const;

export type ArticleRef = { locale: Locale; slug: string };
export type EntityRef = { kind: EntityKind; id: string };

export type Change = {
  /** the language versions whose pages changed (each one's page, side by side, share image) */
  articles: ArticleRef[];
  /** the entity pages that list or link them */
  entities: EntityRef[];
  /** the lists, feeds and sitemaps */
  lists: boolean;
  /** every public page: names are shown everywhere (links, lists, maps), so a glossary change */
  everywhere?: boolean;
};

/** A report as its write read it: its language versions and what it mentions. */
export type ArticleFacts = {
  eventId: string | null;
  translations: ReadonlyArray<ArticleRef>;
  people: ReadonlyArray<string>;
  cities: ReadonlyArray<string>;
  agreements: ReadonlyArray<string>;
};

/** A report's change: its versions, its event and the entities it mentions, and the lists. */
export function articleChange(facts: ArticleFacts | null): Change {
  if (!facts) return { articles: [], entities: [], lists: true };
  const entities: EntityRef[] = [
    ...(facts.eventId ? [{ kind: 'event' as const, id: facts.eventId }] : []),
    ...facts.people.map((id) => ({ kind: 'person' as const, id })),
    ...facts.cities.map((id) => ({ kind: 'city' as const, id })),
    ...facts.agreements.map((id) => ({ kind: 'agreement' as const, id })),
  ];
  return {
    articles: facts.translations.map(({ locale, slug }) => ({ locale, slug })),
    entities,
    lists: true,
  };
}

/** A glossary change: every public page shows names. */
export const everywhere: Change = { articles: [], entities: [], lists: true, everywhere: true };

/** Two changes as one (a report's pages before and after its mentions changed). */
export function combine(a: Change, b: Change): Change {
  const unique = <T>(items: T[]) => [...new Map(items.map((i) => [JSON.stringify(i), i])).values()];
  return {
    articles: unique([...a.articles, ...b.articles]),
    entities: unique([...a.entities, ...b.entities]),
    lists: a.lists || b.lists,
    everywhere: a.everywhere || b.everywhere || undefined,
  };
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
    tags: change.lists ? [TAGS.articleList] : [],
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
  if (change.lists) {
    for (const l of locales)
      for (const p of [localizedPath(l, ARTICLES_PATH), feedPath(l, 'rss'), feedPath(l, 'atom')])
        paths.add(p);
    for (const s of [SITEMAP_INDEX_PATH, NEWS_SITEMAP_PATH, ...sitemapParts.map(sitemapPartPath)])
      paths.add(s);
  }
  return [...paths];
}
