import type { PublishedVersion, ReportUrl } from '../data/published';
import { menuKinds, segmentOf, kindOfSegment, type EntityKind } from '../model/kinds';
import { defaultLocale, locales, localeTable, type Locale } from '../model/locales';
import {
  articlePath,
  entityPath,
  everyLanguage,
  localizedPath,
  NEWS_SITEMAP_PATH,
  sitemapPartPath,
  type Alternate,
} from '../model/paths';
import { xml } from './xml';

/**
 * Sitemaps by the protocol (docs/decisions/028): an index of parts, none with more than
 * `SITEMAP_URL_LIMIT` URLs. Reports are split by the month they were published in — by the day,
 * for a month that holds more than a part may —, each entity kind is one part (split in numbered
 * parts of the limit past it), and the fixed pages are one. Every localized page is one <url> with
 * xhtml:link alternates for each language it exists in plus x-default (the set its own <head>
 * declares, lib/seo/metadata.ts), and the photos it shows (Google's image extension).
 */

/** The protocol's limit of URLs per sitemap. */
export const SITEMAP_URL_LIMIT = 50_000;

/** An entity page is one URL per language: how many entities a part holds. */
export const entitiesPerPart = (limit = SITEMAP_URL_LIMIT): number => Math.floor(limit / locales.length);

/** A part as the index lists it. */
export type PartPlan = { name: string; lastmod: Date | null };

/** What a part's name asks for. */
export type PartSpec =
  | { kind: 'pages' }
  | { kind: 'reports'; from: Date; to: Date }
  | { kind: 'entities'; entity: EntityKind; chunk: number };

/**
 * The index's parts: the fixed pages, each month of reports (or its days, when the month holds
 * more than `limit` URLs), each entity kind (in numbered parts past `limit`).
 */
export function planParts(
  calendar: {
    months: Array<{ month: string; urls: number; lastmod: Date }>;
    days: Array<{ day: string; urls: number; lastmod: Date }>;
  },
  entityCounts: Record<EntityKind, number>,
  limit = SITEMAP_URL_LIMIT,
): PartPlan[] {
  const reports = calendar.months.flatMap((m) =>
    m.urls > limit
      ? calendar.days
          .filter((d) => d.day.startsWith(`${m.month}-`) && d.urls > 0)
          .map((d) => ({ name: `articles-${d.day}`, lastmod: d.lastmod }))
      : [{ name: `articles-${m.month}`, lastmod: m.lastmod }],
  );
  const entities = menuKinds.flatMap((kind) => {
    const parts = Math.max(1, Math.ceil(entityCounts[kind] / entitiesPerPart(limit)));
    const segment = segmentOf(kind);
    return parts === 1
      ? [{ name: segment, lastmod: null }]
      : Array.from({ length: parts }, (_, i) => ({ name: `${segment}-${i + 1}`, lastmod: null }));
  });
  return [{ name: 'pages', lastmod: null }, ...reports, ...entities];
}

/** The range or kind a part's name asks for; null for a name that is no part's. */
export function parsePartName(name: string): PartSpec | null {
  if (name === 'pages') return { kind: 'pages' };
  const report = /^articles-(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(name);
  if (report) {
    const [, y, m, d] = report;
    const from = new Date(Date.UTC(Number(y), Number(m) - 1, d ? Number(d) : 1));
    if (Number.isNaN(from.getTime()) || from.toISOString().slice(0, d ? 10 : 7) !== name.slice(9))
      return null;
    const to = new Date(from);
    if (d) to.setUTCDate(to.getUTCDate() + 1);
    else to.setUTCMonth(to.getUTCMonth() + 1);
    return { kind: 'reports', from, to };
  }
  const entity = /^([a-z]+)(?:-([1-9]\d{0,5}))?$/.exec(name);
  const kind = entity && kindOfSegment(entity[1]!);
  if (kind) return { kind: 'entities', entity: kind, chunk: entity![2] ? Number(entity![2]) : 1 };
  return null;
}

/** A page's addresses per language, when it last changed, the photos it shows (paths). */
type Entry = { alternates: Alternate[]; lastModified?: Date; images?: string[] };

const sections = [
  '/articles',
  '/events',
  '/people',
  '/cities',
  '/agreements',
  '/sources',
  '/about',
  '/corrections',
  '/corrections/policy',
];

/** The <url> elements of one page: one per language it exists in, each naming the others. */
function urlsOf({ alternates, lastModified, images = [] }: Entry, origin: string, only?: Locale): string[] {
  const url = (l: Locale, path: string) => `${origin}${localizedPath(l, path)}`;
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
  const pictures = images.map(
    (p) => `<image:image><image:loc>${xml(`${origin}${p}`)}</image:loc></image:image>`,
  );
  return existing
    .filter((a) => !only || a.locale === only)
    .map(
      (a) =>
        `<url><loc>${xml(url(a.locale, a.path))}</loc>${
          lastModified ? `<lastmod>${lastModified.toISOString()}</lastmod>` : ''
        }${links.join('')}${pictures.join('')}</url>`,
    );
}

export const URLSET_OPEN =
  '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">\n';
export const URLSET_CLOSE = '</urlset>\n';

/** The fixed pages' <url> elements. */
export function pageUrlsXml(origin: string): string {
  return ['/', ...sections].flatMap((path) => urlsOf({ alternates: everyLanguage(path) }, origin)).join('\n');
}

/** One report version's <url> element. */
export function reportUrlXml(r: ReportUrl, origin: string): string {
  return urlsOf(
    {
      alternates: r.alternates.map((a) => ({ locale: a.locale, path: articlePath(a.slug) })),
      lastModified: r.lastModified,
      images: r.images,
    },
    origin,
    r.locale,
  ).join('');
}

/** One entity's page in every language, as <url> elements. */
export function entityUrlsXml(
  kind: EntityKind,
  e: { id: string; image: string | null },
  origin: string,
): string {
  return urlsOf(
    { alternates: everyLanguage(entityPath(kind, e.id)), images: e.image ? [e.image] : [] },
    origin,
  ).join('\n');
}

export function sitemapIndexXml(parts: PartPlan[], origin: string): string {
  const entries = [
    ...parts.map(
      (p) =>
        `<sitemap><loc>${xml(`${origin}${sitemapPartPath(p.name)}`)}</loc>${
          p.lastmod ? `<lastmod>${p.lastmod.toISOString()}</lastmod>` : ''
        }</sitemap>`,
    ),
    `<sitemap><loc>${xml(`${origin}${NEWS_SITEMAP_PATH}`)}</loc></sitemap>`,
  ];
  return `<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join('\n')}\n</sitemapindex>`;
}

/** How far back a Google News sitemap reaches. */
export const NEWS_WINDOW_MS = 48 * 60 * 60 * 1000;

/** Reports published in the last 48 hours, each language version with its news:language. */
export function newsSitemapXml(
  versions: PublishedVersion[],
  origin: string,
  publicationName: (locale: Locale) => string,
  now: Date,
): string {
  const since = now.getTime() - NEWS_WINDOW_MS;
  const urls = versions
    .filter((v) => v.publishedAt.getTime() >= since && v.publishedAt.getTime() <= now.getTime())
    .map(
      (v) =>
        `<url><loc>${xml(`${origin}${localizedPath(v.locale, articlePath(v.slug))}`)}</loc><news:news><news:publication><news:name>${xml(
          publicationName(v.locale),
        )}</news:name><news:language>${localeTable[v.locale].newsLanguage}</news:language></news:publication><news:publication_date>${v.publishedAt.toISOString()}</news:publication_date><news:title>${xml(
          v.title,
        )}</news:title></news:news></url>`,
    );
  return `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n${urls.join('\n')}\n</urlset>`;
}
