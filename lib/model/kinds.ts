/**
 * The one table of kinds. Every kind of page the portal has for a glossary entry — a person, a
 * city, an agreement, an event — is declared here once, and every list of kinds elsewhere is
 * derived from it: the entity kinds, the kinds a report mentions, the search kinds and their codes,
 * the entity pages' path segments, the site's menu, the sitemap parts and the JSON-LD types.
 * Adding a kind of page starts with a row here (README, "Adding a kind of page").
 */

export type KindSpec = {
  /** the path segment of its pages: /<locale>/<segment>/<id>, and its section /<locale>/<segment> */
  segment: string;
  /** its code in the search index's document keys (lib/search/index.ts); never reused */
  code: number;
  /** schema.org type of its pages' JSON-LD */
  jsonLdType: string;
  /** a report mentions it: linked in report bodies, found in imported releases, chosen in the newsroom */
  mentioned: boolean;
  /** its place in the site's menu and in the sitemap parts (after the reports) */
  menu: number;
  /**
   * its name is a proper name printed whole: never broken inside, at a space or between two
   * Chinese characters (a person's, a place's; an agreement's title wraps like any text)
   */
  wholeName: boolean;
};

export const kindTable = {
  person: { segment: 'people', code: 2, jsonLdType: 'Person', mentioned: true, menu: 2, wholeName: true },
  city: { segment: 'cities', code: 3, jsonLdType: 'City', mentioned: true, menu: 3, wholeName: true },
  agreement: {
    segment: 'agreements',
    code: 4,
    jsonLdType: 'CreativeWork',
    mentioned: true,
    menu: 4,
    wholeName: false,
  },
  event: { segment: 'events', code: 5, jsonLdType: 'Event', mentioned: false, menu: 1, wholeName: false },
} as const satisfies Record<string, KindSpec>;

type Table = typeof kindTable;

/** person | city | agreement | event */
export type EntityKind = keyof Table;
/** in the table's order (the search page's order) */
export const entityKinds = Object.keys(kindTable) as EntityKind[];
export const isEntityKind = (value: unknown): value is EntityKind =>
  typeof value === 'string' && Object.hasOwn(kindTable, value);

/** The kinds a report mentions (person | city | agreement). */
export type MentionKind = { [K in EntityKind]: Table[K]['mentioned'] extends true ? K : never }[EntityKind];
export const mentionKinds = entityKinds.filter((k) => kindTable[k].mentioned) as MentionKind[];

/** people | cities | agreements | events */
export type EntitySegment = Table[EntityKind]['segment'];
export const segmentOf = <K extends EntityKind>(kind: K): Table[K]['segment'] => kindTable[kind].segment;
/** The kind whose pages live under `segment`, if any. */
export const kindOfSegment = (segment: string): EntityKind | undefined =>
  entityKinds.find((k) => kindTable[k].segment === segment);

/** "people" → "People": how message keys name a section (navPeople, PeoplePage). */
export const capitalized = <S extends string>(s: S): Capitalize<S> =>
  `${s.charAt(0).toUpperCase()}${s.slice(1)}` as Capitalize<S>;

/** The entity kinds in menu order (events, people, cities, agreements). */
export const menuKinds = [...entityKinds].sort((a, b) => kindTable[a].menu - kindTable[b].menu);

/** What search finds: reports and every entity kind, in the order its filters are offered. */
export const searchKinds = ['article', ...entityKinds] as const;
export type SearchKind = 'article' | EntityKind;
/** Each search kind's code in the index's document keys. */
export const kindCodes = {
  article: 1,
  ...(Object.fromEntries(entityKinds.map((k) => [k, kindTable[k].code])) as Record<EntityKind, number>),
} as Record<SearchKind, number>;

/**
 * The sitemap's parts that are not reports: the fixed pages, then each entity kind's pages (the
 * reports' parts are months or days, lib/seo/sitemaps.ts).
 */
export const fixedSitemapParts = ['pages', ...menuKinds.map(segmentOf)] as const;
