import type { PublishedVersion } from '../data/published';
import { localeTable, type Locale } from '../model/locales';
import { articlePath, feedPath, localizedPath } from '../model/paths';
import { xml } from './xml';

/** The newest reports in one language, as RSS 2.0 and Atom 1.0. */
export type FeedInput = {
  locale: Locale;
  origin: string;
  title: string;
  description: string;
  items: PublishedVersion[];
};

const itemUrl = (input: FeedInput, slug: string) =>
  `${input.origin}${localizedPath(input.locale, articlePath(slug))}`;

function updatedOf(input: FeedInput): Date {
  return new Date(Math.max(0, ...input.items.map((i) => i.updatedAt.getTime())));
}

export function rssXml(input: FeedInput): string {
  const home = `${input.origin}${localizedPath(input.locale, '/')}`;
  const items = input.items.map(
    (i) =>
      `<item><title>${xml(i.title)}</title><link>${xml(itemUrl(input, i.slug))}</link><guid isPermaLink="true">${xml(
        itemUrl(input, i.slug),
      )}</guid><pubDate>${i.publishedAt.toUTCString()}</pubDate><description>${xml(i.standfirst)}</description>${
        i.eventName ? `<category>${xml(i.eventName)}</category>` : ''
      }${
        // the lead photo (Media RSS: no byte length needed, which an enclosure would ask for)
        i.image
          ? `<media:content url="${xml(`${input.origin}${i.image.path}`)}" type="image/jpeg" medium="image" width="${i.image.width}" height="${i.image.height}"/>`
          : ''
      }</item>`,
  );
  return `<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/">
<channel><title>${xml(input.title)}</title><link>${xml(home)}</link><description>${xml(input.description)}</description><language>${
    localeTable[input.locale].newsLanguage
  }</language><lastBuildDate>${updatedOf(input).toUTCString()}</lastBuildDate><atom:link href="${xml(
    `${input.origin}${feedPath(input.locale, 'rss')}`,
  )}" rel="self" type="application/rss+xml"/>
${items.join('\n')}
</channel>
</rss>`;
}

export function atomXml(input: FeedInput): string {
  const self = `${input.origin}${feedPath(input.locale, 'atom')}`;
  const home = `${input.origin}${localizedPath(input.locale, '/')}`;
  const entries = input.items.map(
    (i) =>
      `<entry><id>${xml(itemUrl(input, i.slug))}</id><title>${xml(i.title)}</title><link rel="alternate" type="text/html" href="${xml(
        itemUrl(input, i.slug),
      )}"/><published>${i.publishedAt.toISOString()}</published><updated>${i.updatedAt.toISOString()}</updated><summary>${xml(
        i.standfirst,
      )}</summary>${i.eventName ? `<category term="${xml(i.eventName)}"/>` : ''}${
        i.image
          ? `<link rel="enclosure" type="image/jpeg" href="${xml(`${input.origin}${i.image.path}`)}"/>`
          : ''
      }</entry>`,
  );
  return `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${localeTable[input.locale].htmlLang}">
<id>${xml(self)}</id><title>${xml(input.title)}</title><subtitle>${xml(input.description)}</subtitle><updated>${updatedOf(
    input,
  ).toISOString()}</updated><link rel="self" type="application/atom+xml" href="${xml(self)}"/><link rel="alternate" type="text/html" href="${xml(
    home,
  )}"/><author><name>${xml(input.title)}</name></author>
${entries.join('\n')}
</feed>`;
}
