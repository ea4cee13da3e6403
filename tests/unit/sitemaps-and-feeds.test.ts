import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { PublishedVersion, ReportUrl } from '@/lib/data/published';
import { atomXml, rssXml } from '@/lib/seo/feeds';
import {
  entityUrlsXml,
  newsSitemapXml,
  pageUrlsXml,
  parsePartName,
  planParts,
  reportUrlXml,
  sitemapIndexXml,
  URLSET_CLOSE,
  URLSET_OPEN,
} from '@/lib/seo/sitemaps';
import { xml } from '@/lib/seo/xml';

const origin = 'https://portal.example.org';
const now = new Date('2026-11-22T12:00:00Z');
const hoursAgo = (h: number) => new Date(now.getTime() - h * 3_600_000);
const version = (
  locale: PublishedVersion['locale'],
  slug: string,
  title: string,
  at: Date,
  image: PublishedVersion['image'] = null,
): PublishedVersion => ({
  locale,
  slug,
  title,
  standfirst: `${title} — standfirst`,
  publishedAt: at,
  updatedAt: at,
  image,
});
const lead = { path: '/media/photos/photo-a/k1/wide-1280.jpg', width: 1280, height: 720 };
const inText = '/media/photos/photo-b/k2/whole-1280.jpg';

const fresh = [
  version('zh', 'xinwen', '新闻 <b>&</b>', hoursAgo(47), lead),
  version('en', 'fresh-news', 'Fresh "news" & <script>', hoursAgo(1), lead),
];
const old = version('vi', 'tin-cu', 'Tin cũ', hoursAgo(49));
const scheduled = version('en', 'later', 'Later', new Date(now.getTime() + 3_600_000));

/** A part's report URLs as the database gives them: each version with its report's alternates. */
const reportUrls: ReportUrl[] = [
  ...fresh.map((v) => ({
    locale: v.locale,
    slug: v.slug,
    lastModified: v.updatedAt,
    alternates: fresh.map((f) => ({ locale: f.locale, slug: f.slug })),
    images: [lead.path, inText],
  })),
  {
    locale: 'vi',
    slug: 'tin-cu',
    lastModified: old.updatedAt,
    alternates: [{ locale: 'vi', slug: 'tin-cu' }],
    images: [],
  },
];
const part = (body: string) => URLSET_OPEN + body + URLSET_CLOSE;

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });

describe('news sitemap', () => {
  it('lists the versions published in the last 48 hours, not older or future ones, with news:language', () => {
    const text = newsSitemapXml([...fresh, old, scheduled], origin, (l) => `Site ${l}`, now);
    expect(XMLValidator.validate(text)).toBe(true);
    const urls = parser.parse(text).urlset.url as Array<{
      loc: string;
      'news:news': Record<string, unknown>;
    }>;
    expect(urls.map((u) => u.loc)).toEqual([
      `${origin}/zh/articles/xinwen`,
      `${origin}/en/articles/fresh-news`,
    ]);
    expect(
      urls.map((u) => (u['news:news']['news:publication'] as Record<string, string>)['news:language']),
    ).toEqual(['zh-cn', 'en']);
    // titles are text, whatever they contain
    expect(urls[1]!['news:news']['news:title']).toBe('Fresh "news" & <script>');
  });
});

describe('sitemaps', () => {
  it('give each language version its alternates and x-default, and leave out missing versions', () => {
    const text = part(reportUrls.map((u) => reportUrlXml(u, origin)).join('\n'));
    expect(XMLValidator.validate(text)).toBe(true);
    const urls = parser.parse(text).urlset.url as Array<{
      loc: string;
      'xhtml:link': Array<Record<string, string>>;
    }>;
    expect(urls.map((u) => u.loc)).toEqual([
      `${origin}/zh/articles/xinwen`,
      `${origin}/en/articles/fresh-news`,
      `${origin}/vi/articles/tin-cu`,
    ]);
    expect(urls[0]!['xhtml:link'].map((l) => `${l['@hreflang']} ${l['@href']}`)).toEqual([
      `zh-Hans ${origin}/zh/articles/xinwen`,
      `en ${origin}/en/articles/fresh-news`,
      `x-default ${origin}/zh/articles/xinwen`,
    ]);
  });

  it('name the photos each page shows (image sitemap), on every language version of it, and none where it has none', () => {
    const text = part(reportUrls.map((u) => reportUrlXml(u, origin)).join('\n'));
    const urls = parser.parse(text).urlset.url as Array<{
      loc: string;
      'image:image'?: Array<{ 'image:loc': string }>;
    }>;
    const photos = (u: (typeof urls)[number]) => (u['image:image'] ?? []).map((i) => i['image:loc']);
    expect(urls.map(photos)).toEqual([
      [`${origin}${lead.path}`, `${origin}${inText}`],
      [`${origin}${lead.path}`, `${origin}${inText}`],
      [],
    ]);
    const people = parser.parse(
      part(
        entityUrlsXml('person', { id: 'lu-wen', image: '/media/photos/photo-c/k3/wide-1200.jpg' }, origin),
      ),
    ).urlset.url as Array<{
      loc: string;
      'image:image': { 'image:loc': string };
    }>;
    expect(people.map((u) => [u.loc, u['image:image']['image:loc']])).toEqual([
      [`${origin}/zh/people/lu-wen`, `${origin}/media/photos/photo-c/k3/wide-1200.jpg`],
      [`${origin}/en/people/lu-wen`, `${origin}/media/photos/photo-c/k3/wide-1200.jpg`],
      [`${origin}/vi/people/lu-wen`, `${origin}/media/photos/photo-c/k3/wide-1200.jpg`],
    ]);
  });

  it('point x-default of the home pages at the negotiating root', () => {
    const urls = parser.parse(part(pageUrlsXml(origin))).urlset.url as Array<{
      loc: string;
      'xhtml:link': Array<Record<string, string>>;
    }>;
    expect(urls[0]!.loc).toBe(`${origin}/zh`);
    expect(urls[0]!['xhtml:link'].at(-1)).toEqual({
      '@rel': 'alternate',
      '@hreflang': 'x-default',
      '@href': `${origin}/`,
    });
  });
});

describe('sitemap index: parts by the protocol', () => {
  const at = (day: string) => new Date(`${day}T08:00:00Z`);
  const calendar = {
    months: [
      { month: '2015-09', urls: 3, lastmod: at('2015-09-20') },
      { month: '2025-01', urls: 7, lastmod: at('2025-01-18') },
    ],
    // the days of the crowded month (the database reads them only for months past the limit)
    days: [
      { day: '2025-01-15', urls: 2, lastmod: at('2025-01-15') },
      { day: '2025-01-17', urls: 4, lastmod: at('2025-01-17') },
      { day: '2025-01-18', urls: 1, lastmod: at('2025-01-18') },
    ],
  };
  const counts = { event: 2, person: 5, city: 1, agreement: 0 };

  it('splits a month past the limit into its days, and a kind past it into numbered parts', () => {
    const parts = planParts(calendar, counts, 6);
    expect(parts.map((p) => p.name)).toEqual([
      'pages',
      'articles-2015-09',
      'articles-2025-01-15',
      'articles-2025-01-17',
      'articles-2025-01-18',
      'events',
      // five people in three languages are fifteen URLs: three parts of six
      'people-1',
      'people-2',
      'people-3',
      'cities',
      'agreements',
    ]);
    expect(parts.find((p) => p.name === 'articles-2025-01-17')!.lastmod).toEqual(at('2025-01-17'));
  });

  it('keeps a month whole within the limit, with its own lastmod', () => {
    const parts = planParts(calendar, counts, 50_000);
    expect(parts.map((p) => p.name)).toEqual([
      'pages',
      'articles-2015-09',
      'articles-2025-01',
      'events',
      'people',
      'cities',
      'agreements',
    ]);
    const text = sitemapIndexXml(parts, origin);
    expect(XMLValidator.validate(text)).toBe(true);
    const listed = parser.parse(text).sitemapindex.sitemap as Array<{ loc: string; lastmod?: string }>;
    expect(listed[2]).toEqual({
      loc: `${origin}/sitemaps/articles-2025-01.xml`,
      lastmod: at('2025-01-18').toISOString(),
    });
    expect(listed.at(-1)!.loc).toBe(`${origin}/news-sitemap.xml`);
  });

  it('reads every name it writes back as the same range, and refuses others', () => {
    for (const p of planParts(calendar, counts, 6)) expect(parsePartName(p.name)).not.toBeNull();
    expect(parsePartName('articles-2025-01')).toEqual({
      kind: 'reports',
      from: new Date('2025-01-01T00:00:00Z'),
      to: new Date('2025-02-01T00:00:00Z'),
    });
    expect(parsePartName('articles-2024-12-31')).toEqual({
      kind: 'reports',
      from: new Date('2024-12-31T00:00:00Z'),
      to: new Date('2025-01-01T00:00:00Z'),
    });
    expect(parsePartName('people-2')).toEqual({ kind: 'entities', entity: 'person', chunk: 2 });
    for (const bad of [
      'articles',
      'articles-2025-13',
      'articles-2025-02-30',
      'people-0',
      'nobody',
      'sources',
    ])
      expect(parsePartName(bad)).toBeNull();
  });
});

describe('feeds', () => {
  const items = [{ ...fresh[1]!, eventName: 'Dialogue & <more>' }];
  const input = { locale: 'en' as const, origin, title: 'T & <t>', description: 'D', items };

  it('RSS 2.0 escapes every text and names itself', () => {
    const text = rssXml(input);
    expect(XMLValidator.validate(text)).toBe(true);
    const { channel } = parser.parse(text).rss;
    expect(channel.title).toBe('T & <t>');
    expect(channel['atom:link']['@href']).toBe(`${origin}/en/feed.xml`);
    expect(channel.item.title).toBe('Fresh "news" & <script>');
    expect(channel.item.category).toBe('Dialogue & <more>');
    expect(new Date(channel.item.pubDate).getTime()).toBe(items[0]!.publishedAt.getTime());
    // the lead photo as Media RSS content, with its size
    expect(channel.item['media:content']).toEqual({
      '@url': `${origin}${lead.path}`,
      '@type': 'image/jpeg',
      '@medium': 'image',
      '@width': '1280',
      '@height': '720',
    });
    const without = parser.parse(rssXml({ ...input, items: [old] })).rss.channel;
    expect(without.item['media:content']).toBeUndefined();
  });

  it('Atom has ids, dates and the language', () => {
    const text = atomXml(input);
    expect(XMLValidator.validate(text)).toBe(true);
    const { feed } = parser.parse(text);
    expect(feed['@xml:lang']).toBe('en');
    expect(feed.entry.id).toBe(`${origin}/en/articles/fresh-news`);
    expect(feed.updated).toBe(items[0]!.updatedAt.toISOString());
    expect(feed.entry.link).toContainEqual({
      '@rel': 'enclosure',
      '@type': 'image/jpeg',
      '@href': `${origin}${lead.path}`,
    });
  });

  it('drop characters XML cannot carry', () => {
    expect(xml('a\u0000b\u001fc\ufffe')).toBe('abc');
  });
});
