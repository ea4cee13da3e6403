import { writeFile } from 'node:fs/promises';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parse, type HTMLElement } from 'node-html-parser';

/**
 * A crawler's view of the portal, over real HTTP: start from robots.txt, the sitemaps and the three
 * home pages, follow every internal link, and check what search engines rely on, page by page.
 */

const htmlLang = { zh: 'zh-Hans', en: 'en', vi: 'vi' } as const;
const ogLocale = { zh: 'zh_CN', en: 'en_US', vi: 'vi_VN' } as const;
type Locale = keyof typeof htmlLang;

/** JSON-LD properties each type must have (Google's required and recommended ones we rely on). */
const required: Record<string, string[]> = {
  NewsArticle: [
    'headline',
    'description',
    'datePublished',
    'dateModified',
    'author',
    'publisher',
    'inLanguage',
    'image',
    'isPartOf',
    'mentions',
  ],
  Event: ['name', 'startDate', 'endDate', 'location', 'organizer'],
  Person: ['name', 'url'],
  City: ['name', 'geo'],
  CreativeWork: ['name', 'url'],
  BreadcrumbList: ['itemListElement'],
  WebSite: ['name', 'url', 'inLanguage', 'publisher', 'potentialAction'],
  NewsMediaOrganization: ['name', 'url', 'logo'],
  CollectionPage: ['name', 'url', 'inLanguage', 'isPartOf'],
  AboutPage: ['name', 'url', 'inLanguage'],
};
/** The main JSON-LD type of each page type, by path. */
const mainType: Array<[RegExp, string]> = [
  [/^\/(zh|en|vi)$/, 'WebSite'],
  [/^\/(zh|en|vi)\/(articles|events|people|cities|agreements|sources)$/, 'CollectionPage'],
  [/^\/(zh|en|vi)\/about$/, 'AboutPage'],
  [/^\/(zh|en|vi)\/articles\/[^/]+$/, 'NewsArticle'],
  [/^\/(zh|en|vi)\/events\/[^/]+$/, 'Event'],
  [/^\/(zh|en|vi)\/people\/[^/]+$/, 'Person'],
  [/^\/(zh|en|vi)\/cities\/[^/]+$/, 'City'],
  [/^\/(zh|en|vi)\/agreements\/[^/]+$/, 'CreativeWork'],
];

type Page = {
  url: string;
  status: number;
  lang?: string;
  title?: string;
  canonicals: string[];
  noindex: boolean;
  alternates: Map<string, string>;
  jsonLd: Array<Record<string, unknown>>;
  links: string[];
};

/** URLs compared as URLs: "http://host" and "http://host/" are the same address. */
const normal = (url: string) => (url.startsWith('http') ? new URL(url).href : url);

const xmlParser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });
const asArray = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

async function getXml(request: APIRequestContext, url: string) {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  const text = await response.text();
  expect(XMLValidator.validate(text), `${url} is well-formed XML`).toBe(true);
  return xmlParser.parse(text) as Record<string, unknown>;
}

function readPage(url: string, status: number, body: string, origin: string): Page {
  const root = parse(body);
  const attr = (el: HTMLElement, name: string) => el.getAttribute(name) ?? '';
  const alternates = new Map<string, string>();
  for (const link of root.querySelectorAll('link[rel="alternate"][hreflang]'))
    alternates.set(attr(link, 'hreflang'), normal(attr(link, 'href')));
  const links = root
    .querySelectorAll('a[href]')
    .map((a) => attr(a, 'href'))
    .filter((href) => href.startsWith('/') || href.startsWith(origin))
    .map((href) => new URL(href, origin))
    .map((u) => `${u.origin}${u.pathname}${u.search}`);
  return {
    url,
    status,
    lang: root.querySelector('html')?.getAttribute('lang'),
    title: root.querySelector('title')?.text,
    canonicals: root.querySelectorAll('link[rel="canonical"]').map((l) => normal(attr(l, 'href'))),
    noindex: root.querySelectorAll('meta[name="robots"]').some((m) => attr(m, 'content').includes('noindex')),
    alternates,
    jsonLd: root
      .querySelectorAll('script[type="application/ld+json"]')
      .map((s) => JSON.parse(s.textContent) as Record<string, unknown>),
    links,
  };
}

test('every public page in every language is crawlable, canonical, reciprocal and described', async ({
  request,
  baseURL,
}, testInfo) => {
  test.setTimeout(300_000);
  const origin = baseURL!;

  // robots.txt: public pages open, the editor area closed, the sitemaps named
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain('Allow: /');
  expect(robots).toContain('Disallow: /editor');
  expect(robots).toContain(`Sitemap: ${origin}/sitemap.xml`);
  expect(robots).toContain(`Sitemap: ${origin}/news-sitemap.xml`);

  // The sitemap index, each sitemap, and the hreflang sets they declare
  const index = await getXml(request, '/sitemap.xml');
  const parts = asArray((index.sitemapindex as { sitemap: Array<{ loc: string }> }).sitemap).map(
    (s) => s.loc,
  );
  expect(parts).toContain(`${origin}/news-sitemap.xml`);
  const inSitemaps = new Map<string, Map<string, string>>();
  for (const part of parts.filter((p) => !p.endsWith('/news-sitemap.xml'))) {
    const sitemap = await getXml(request, part);
    const urls = asArray((sitemap.urlset as { url?: unknown }).url) as Array<{
      loc: string;
      'xhtml:link':
        Array<{ '@hreflang': string; '@href': string }> | { '@hreflang': string; '@href': string };
    }>;
    expect(urls.length, part).toBeGreaterThan(0);
    for (const u of urls)
      inSitemaps.set(
        u.loc,
        new Map(asArray(u['xhtml:link']).map((l) => [l['@hreflang'], normal(l['@href'])])),
      );
  }
  const news = await getXml(request, '/news-sitemap.xml');
  expect(news.urlset).toBeDefined();

  // Crawl: the sitemaps' pages and the home pages, then every internal link found
  const queue = [...inSitemaps.keys(), `${origin}/zh`, `${origin}/en`, `${origin}/vi`];
  const seen = new Set(queue);
  const pages = new Map<string, Page>();
  const linkedFrom = new Map<string, string>();
  while (queue.length > 0) {
    const url = queue.shift()!;
    const response = await request.get(url, { maxRedirects: 0 });
    const page = readPage(url, response.status(), await response.text(), origin);
    pages.set(url, page);
    for (const link of page.links) {
      if (seen.has(link) || link.includes('/api/')) continue;
      seen.add(link);
      linkedFrom.set(link, url);
      queue.push(link);
    }
    expect(pages.size, 'the crawl stays finite').toBeLessThan(2000);
  }

  const problems: string[] = [];
  const titles = new Map<string, string>();
  for (const page of pages.values()) {
    const { pathname } = new URL(page.url);
    const locale = pathname.split('/')[1] as Locale;
    if (page.status !== 200) {
      problems.push(
        `${page.url}: status ${page.status} (linked from ${linkedFrom.get(page.url) ?? 'a sitemap'})`,
      );
      continue;
    }
    if (page.lang !== htmlLang[locale]) problems.push(`${page.url}: <html lang="${page.lang}">`);
    if (page.canonicals.length !== 1) problems.push(`${page.url}: ${page.canonicals.length} canonical links`);
    const [canonical] = page.canonicals;

    if (page.noindex) {
      // a view of another page (side by side): canonical to that page, which is itself indexable
      const target = canonical ? pages.get(canonical) : undefined;
      if (!target || target.noindex || target.status !== 200)
        problems.push(`${page.url}: noindex page's canonical ${canonical} is not an indexable page`);
      continue;
    }
    if (canonical !== page.url) problems.push(`${page.url}: canonical is ${canonical}`);

    // hreflang: itself, x-default, and the same set on every page it names
    if (page.alternates.get(htmlLang[locale]) !== page.url)
      problems.push(`${page.url}: hreflang lacks itself`);
    if (!page.alternates.has('x-default')) problems.push(`${page.url}: hreflang lacks x-default`);
    for (const [lang, href] of page.alternates) {
      if (lang === 'x-default') continue;
      const other = pages.get(href);
      if (!other) problems.push(`${page.url}: hreflang ${lang} → ${href} was never reached`);
      else if (JSON.stringify([...other.alternates].sort()) !== JSON.stringify([...page.alternates].sort()))
        problems.push(`${page.url}: hreflang set differs on ${href}`);
    }
    const declared = inSitemaps.get(page.url);
    if (declared && JSON.stringify([...declared].sort()) !== JSON.stringify([...page.alternates].sort()))
      problems.push(`${page.url}: sitemap alternates differ from the page's`);

    // titles unique per language
    const titleKey = `${locale}:${page.title}`;
    if (titles.has(titleKey))
      problems.push(`${page.url}: title "${page.title}" also on ${titles.get(titleKey)}`);
    titles.set(titleKey, page.url);

    // JSON-LD parses, is schema.org, and has what its type requires
    for (const node of page.jsonLd) {
      if (node['@context'] !== 'https://schema.org')
        problems.push(`${page.url}: JSON-LD without schema.org context`);
      const type = String(node['@type']);
      for (const property of required[type] ?? [])
        if (node[property] === undefined || (Array.isArray(node[property]) && node[property].length === 0))
          problems.push(`${page.url}: ${type} lacks ${property}`);
      if (type === 'NewsArticle' && node.inLanguage !== htmlLang[locale])
        problems.push(`${page.url}: NewsArticle inLanguage ${String(node.inLanguage)}`);
    }
    if (page.status === 200 && !page.noindex && page.jsonLd.length === 0)
      problems.push(`${page.url}: indexable, but no JSON-LD`);
    const expected = mainType.find(([pattern]) => pattern.test(pathname))?.[1];
    if (expected && !page.jsonLd.some((n) => n['@type'] === expected))
      problems.push(`${page.url}: no ${expected} JSON-LD`);
    if (
      expected &&
      !['WebSite', 'AboutPage'].includes(expected) &&
      !page.jsonLd.some((n) => n['@type'] === 'BreadcrumbList')
    )
      problems.push(`${page.url}: no BreadcrumbList JSON-LD`);
  }

  const indexable = [...pages.values()].filter((p) => p.status === 200 && !p.noindex);
  const summary = `Crawled ${pages.size} pages (${indexable.length} indexable, ${pages.size - indexable.length} others); ${inSitemaps.size} URLs in the sitemaps.`;
  console.log(summary);
  await writeFile(testInfo.outputPath('crawl.txt'), `${summary}\n${[...pages.keys()].sort().join('\n')}\n`);

  expect(problems).toEqual([]);
  // every sitemap URL was reached and is indexable; every locale's pages were crawled
  for (const url of inSitemaps.keys()) expect(indexable.map((p) => p.url)).toContain(url);
  for (const locale of ['zh', 'en', 'vi'] as const)
    expect(indexable.filter((p) => new URL(p.url).pathname.startsWith(`/${locale}`)).length).toBeGreaterThan(
      30,
    );
  // a version that does not exist appears nowhere: the 2015 report has no Vietnamese page
  expect([...seen].filter((u) => u.includes('/vi/articles/') && /2015|nanning-consensus/.test(u))).toEqual(
    [],
  );
});

test('each language has RSS and Atom feeds, announced in the page head, listing only its reports', async ({
  request,
  baseURL,
}) => {
  for (const locale of ['zh', 'en', 'vi'] as const) {
    const home = parse(await (await request.get(`/${locale}`)).text());
    const rssLink = home
      .querySelector('link[rel="alternate"][type="application/rss+xml"]')
      ?.getAttribute('href');
    const atomLink = home
      .querySelector('link[rel="alternate"][type="application/atom+xml"]')
      ?.getAttribute('href');
    expect(rssLink).toBe(`${baseURL}/${locale}/feed.xml`);
    expect(atomLink).toBe(`${baseURL}/${locale}/atom.xml`);

    const rssResponse = await request.get(rssLink!);
    expect(rssResponse.headers()['content-type']).toContain('application/rss+xml');
    const rss = xmlParser.parse(await rssResponse.text()) as {
      rss: { channel: { language: string; item: Array<{ link: string; title: string; pubDate: string }> } };
    };
    const items = asArray(rss.rss.channel.item);
    expect(items).toHaveLength(locale === 'vi' ? 5 : 6);
    expect(rss.rss.channel.language).toBe({ zh: 'zh-cn', en: 'en', vi: 'vi' }[locale]);
    for (const item of items) {
      expect(item.link.startsWith(`${baseURL}/${locale}/articles/`)).toBe(true);
      expect((await request.get(item.link)).status()).toBe(200);
      expect(Number.isNaN(Date.parse(item.pubDate))).toBe(false);
    }

    const atom = xmlParser.parse(await (await request.get(atomLink!)).text()) as {
      feed: { '@xml:lang': string; entry: Array<{ id: string; title: string }> };
    };
    expect(atom.feed['@xml:lang']).toBe(htmlLang[locale]);
    expect(asArray(atom.feed.entry).map((e) => e.title)).toEqual(items.map((i) => i.title));
  }
  expect((await request.get('/xx/feed.xml')).status()).toBe(404);
});

test('each report has a 1200×630 share image per language, named in Open Graph and Twitter tags', async ({
  request,
}, testInfo) => {
  for (const [locale, path] of [
    ['zh', '/zh/articles/liangshan-mangjie-zhihui-kouan'],
    ['en', '/en/articles/lang-son-mong-cai-smart-border-gates'],
    ['vi', '/vi/articles/lang-son-mong-cai-cua-khau-thong-minh'],
  ] as const) {
    const head = parse(await (await request.get(path)).text());
    const og = (p: string) => head.querySelector(`meta[property="${p}"]`)?.getAttribute('content');
    expect(og('og:locale')).toBe(ogLocale[locale]);
    expect(og('og:type')).toBe('article');
    const image = og('og:image')!;
    expect(head.querySelector('meta[name="twitter:image"]')?.getAttribute('content')).toBe(image);
    const response = await request.get(image);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('image/png');
    const png = await response.body();
    expect(png.readUInt32BE(16)).toBe(1200); // IHDR width
    expect(png.readUInt32BE(20)).toBe(630); // IHDR height
    // Kept with the test run for a look; that the fonts cover every character is checked in
    // tests/integration/share-fonts.int.test.ts.
    await writeFile(testInfo.outputPath(`share-image-${locale}.png`), png);
    await testInfo.attach(`share image (${locale})`, { body: png, contentType: 'image/png' });
  }
  expect((await request.get('/vi/articles/no-such-report/share.png')).status()).toBe(404);
});

test('each home page describes the site with a search box search engines can use, and its publisher', async ({
  request,
  baseURL,
}) => {
  const term = { zh: '南宁倡议', en: 'Nanning Initiative', vi: 'Sáng kiến Nam Ninh' } as const;
  for (const locale of ['zh', 'en', 'vi'] as const) {
    const html = parse(await (await request.get(`/${locale}`)).text());
    const nodes = html
      .querySelectorAll('script[type="application/ld+json"]')
      .map((s) => JSON.parse(s.textContent) as Record<string, unknown>);
    const site = nodes.find((n) => n['@type'] === 'WebSite')!;
    const publisher = nodes.find((n) => n['@type'] === 'NewsMediaOrganization')!;
    expect(site.inLanguage).toBe(htmlLang[locale]);
    expect(site.url).toBe(`${baseURL}/${locale}`);
    expect(site.publisher).toEqual({ '@id': publisher['@id'] });
    const logo = await request.get(String(publisher.logo));
    expect(logo.status()).toBe(200);
    expect(logo.headers()['content-type']).toBe('image/png');
    const action = site.potentialAction as { target: { urlTemplate: string }; 'query-input': string };
    expect(action['query-input']).toBe('required name=search_term_string');
    // the template, filled in, is this language's search page with results for the term
    const results = await request.get(
      action.target.urlTemplate.replace('{search_term_string}', encodeURIComponent(term[locale])),
    );
    expect(results.url()).toContain(`/${locale}/search?q=`);
    expect(results.status()).toBe(200);
    const page = parse(await results.text());
    expect(
      page.querySelectorAll(`main a[href^="/${locale}/agreements/nanning-initiative-2025"]`).length,
    ).toBe(1);
    // a report names the same publisher node
    const report = parse(
      await (
        await request.get(
          `/${locale}/articles/${locale === 'zh' ? 'nanning-changyi-fabu' : locale === 'en' ? 'mayors-release-nanning-initiative' : 'cong-bo-sang-kien-nam-ninh'}`,
        )
      ).text(),
    );
    const article = report
      .querySelectorAll('script[type="application/ld+json"]')
      .map((s) => JSON.parse(s.textContent) as Record<string, unknown>)
      .find((n) => n['@type'] === 'NewsArticle')!;
    expect((article.publisher as Record<string, unknown>)['@id']).toBe(publisher['@id']);
  }
});
