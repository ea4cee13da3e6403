import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { PublishedIndex, PublishedVersion } from '@/lib/data/published-index';
import { atomXml, rssXml } from '@/lib/seo/feeds';
import { newsSitemapXml, sitemapXml } from '@/lib/seo/sitemaps';
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

const index: PublishedIndex = {
  articles: [
    {
      id: 'fresh',
      eventName: { en: 'Dialogue' },
      versions: [
        version('zh', 'xinwen', '新闻 <b>&</b>', hoursAgo(47), lead),
        version('en', 'fresh-news', 'Fresh "news" & <script>', hoursAgo(1), lead),
      ],
      images: [lead.path, inText],
    },
    { id: 'old', eventName: {}, versions: [version('vi', 'tin-cu', 'Tin cũ', hoursAgo(49))], images: [] },
    {
      id: 'scheduled',
      eventName: {},
      versions: [version('en', 'later', 'Later', new Date(now.getTime() + 3_600_000))],
      images: [],
    },
  ],
  events: [{ id: 'e', image: null }],
  people: [{ id: 'lu-wen', image: '/media/photos/photo-c/k3/wide-1200.jpg' }],
  cities: [],
  agreements: [],
};

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });

describe('news sitemap', () => {
  it('lists the versions published in the last 48 hours, not older or future ones, with news:language', () => {
    const text = newsSitemapXml(index, origin, (l) => `Site ${l}`, now);
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
    const text = sitemapXml('articles', index, origin);
    expect(XMLValidator.validate(text)).toBe(true);
    const urls = parser.parse(text).urlset.url as Array<{
      loc: string;
      'xhtml:link': Array<Record<string, string>>;
    }>;
    expect(urls.map((u) => u.loc)).toEqual([
      `${origin}/zh/articles/xinwen`,
      `${origin}/en/articles/fresh-news`,
      `${origin}/vi/articles/tin-cu`,
      `${origin}/en/articles/later`,
    ]);
    expect(urls[0]!['xhtml:link'].map((l) => `${l['@hreflang']} ${l['@href']}`)).toEqual([
      `zh-Hans ${origin}/zh/articles/xinwen`,
      `en ${origin}/en/articles/fresh-news`,
      `x-default ${origin}/zh/articles/xinwen`,
    ]);
  });

  it('name the photos each page shows (image sitemap), on every language version of it, and none where it has none', () => {
    const text = sitemapXml('articles', index, origin);
    const urls = parser.parse(text).urlset.url as Array<{
      loc: string;
      'image:image'?: Array<{ 'image:loc': string }>;
    }>;
    const photos = (u: (typeof urls)[number]) => (u['image:image'] ?? []).map((i) => i['image:loc']);
    expect(urls.map(photos)).toEqual([
      [`${origin}${lead.path}`, `${origin}${inText}`],
      [`${origin}${lead.path}`, `${origin}${inText}`],
      [],
      [],
    ]);
    const people = parser.parse(sitemapXml('people', index, origin)).urlset.url as Array<{
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
    const urls = parser.parse(sitemapXml('pages', index, origin)).urlset.url as Array<{
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

describe('feeds', () => {
  const items = [{ ...index.articles[0]!.versions[1]!, eventName: 'Dialogue & <more>' }];
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
    const without = parser.parse(rssXml({ ...input, items: [index.articles[1]!.versions[0]!] })).rss.channel;
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
