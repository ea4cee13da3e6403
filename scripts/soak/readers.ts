import { errorMessages } from '../../lib/i18n/error-messages';
import { locales } from '../../lib/model/locales';
import type { Tally } from './stats';

/**
 * The soak's readers: every public address the sitemaps list (all languages), the feeds of every
 * language, fetched through the proxy by `concurrency` readers at once until `until`.
 */
export async function publicAddresses(origin: string): Promise<string[]> {
  const found = new Set<string>();
  const pending = ['/sitemap.xml', '/news-sitemap.xml'];
  for (let next = pending.shift(); next; next = pending.shift()) {
    const response = await fetch(new URL(next, origin));
    if (!response.ok) throw new Error(`${next} answered ${response.status}`);
    for (const [, loc] of (await response.text()).matchAll(/<loc>([^<]+)<\/loc>/g)) {
      const path = new URL(loc!.replace(/&amp;/g, '&')).pathname;
      if (path.endsWith('.xml')) {
        if (!found.has(path)) pending.push(path);
      } else found.add(path);
      found.add(next);
    }
  }
  for (const locale of locales) found.add(`/${locale}/feed.xml`).add(`/${locale}/atom.xml`);
  return [...found];
}

const outageTitles = locales.map((l) => errorMessages[l].title);

export type ReaderResult = { status: number; ms: number; cache: string; outage: boolean; title?: string };

/** One reader's request; the outcome names the proxy's cache status (HIT, STALE, MISS …). */
export async function read(origin: string, path: string): Promise<ReaderResult> {
  const started = performance.now();
  try {
    const response = await fetch(new URL(path, origin), {
      headers: { 'accept-encoding': 'gzip' },
      signal: AbortSignal.timeout(30_000),
    });
    const body = await response.text();
    return {
      status: response.status,
      ms: performance.now() - started,
      cache: response.headers.get('x-cache-status') ?? '-',
      // the localized page a reader gets while a page cannot be rendered (database away)
      outage: response.status === 500 && outageTitles.some((title) => body.includes(title)),
      title: response.status >= 500 ? (/<title>([^<]*)/.exec(body)?.[1] ?? body.slice(0, 80)) : undefined,
    };
  } catch {
    return { status: 0, ms: performance.now() - started, cache: '-', outage: false };
  }
}

export async function runReaders(options: {
  origin: string;
  addresses: string[];
  concurrency: number;
  until: () => boolean;
  cached: Tally;
  uncached: Tally;
  onResult: (path: string, result: ReaderResult) => void;
}) {
  let i = 0;
  await Promise.all(
    Array.from({ length: options.concurrency }, async () => {
      while (!options.until()) {
        const path = options.addresses[i++ % options.addresses.length]!;
        const result = await read(options.origin, path);
        const tally = ['HIT', 'STALE', 'UPDATING'].includes(result.cache) ? options.cached : options.uncached;
        tally.add(result.ms, String(result.status));
        options.onResult(path, result);
      }
    }),
  );
}
