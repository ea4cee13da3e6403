import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { gunzipSync, gzipSync } from 'node:zlib';
import { tapResponse } from '../http/response-tap';
import { log } from '../log/logger';

/**
 * The portal server's page cache (docs/decisions/019): the HTML of public pages, kept in this
 * process's memory for as long as the page's own `Cache-Control: s-maxage` allows — the rule a
 * shared cache in front follows (lib/http/cache-policy.ts) — and answered without entering Next.
 * A cached report page then costs what a static file costs. Every editorial change clears it, on
 * every instance (./signal.ts, ./instances.ts), so it is never staler than Next's
 * own cache after a publication.
 *
 * What is kept mirrors deploy/nginx/portal.conf: plain HTML requests only (no RSC payloads, router
 * prefetches or server actions), never the newsroom, the API or Next's assets; only 200 answers that
 * say `public` with an `s-maxage`, set no cookie, vary by nothing but the RSC headers and the
 * encoding, and are not a copy Next itself marked stale. One gzip copy per URL, unpacked once for
 * readers without gzip; a page first rendered for a reader without gzip is compressed here before
 * it is kept, so the readers after it who take gzip get gzip (as nginx's gunzip/gzip pair does).
 *
 * Stale if error: a clear or an expiry does not forget a page at once. The next reader's request
 * goes to Next as usual; if Next fails (a 5xx: the database is away and the page needs it), that
 * reader gets the last good copy instead, marked `X-Portal-Cache: stale-if-error` and not to be
 * stored by a shared cache, and the copy answers directly for STALE_RETRY_MS before Next is asked
 * again, for as long as the page's own `stale-if-error` allows (a day for pages, ten minutes for
 * search; never more than MAX_STALE_MS). With several instances, the last good copies
 * are shared too (a `SharedCopies` store, Redis in ./instances.ts): the instance a reader reaches
 * may never have rendered the page itself.
 */

export type CachedPage = {
  /** the answer's headers, without those that belong to one connection or one sending */
  headers: [string, string | string[]][];
  /** as Next sent it: gzip-compressed, or plain when the first reader did not accept gzip */
  body: Buffer;
  gzip: boolean;
  /** the unpacked body, made on first need */
  plain?: Buffer;
  etag?: string;
  storedAt: number;
  expiresAt: number;
  /** until when it may stand in for a failed render (its `stale-if-error`) */
  staleUntil?: number;
  /** served in place of a failed render (see the top) */
  stale?: boolean;
};

/** How long a copy served in place of a failed render answers before Next is asked again. */
export const STALE_RETRY_MS = 5_000;
/** The longest a copy may stand in for failed renders, whatever its `stale-if-error` says (a day). */
export const MAX_STALE_MS = 24 * 60 * 60 * 1000;

/** Last good copies shared by the instances (best effort: a miss or a failure answers undefined). */
export type SharedCopies = {
  get(key: string): Promise<CachedPage | undefined>;
  put(key: string, entry: CachedPage): void;
};

/** A copy as the shared store keeps it (JSON), and back. */
export function packCopy(entry: CachedPage): string {
  return JSON.stringify({
    headers: entry.headers,
    body: entry.body.toString('base64'),
    gzip: entry.gzip,
    etag: entry.etag,
    storedAt: entry.storedAt,
    staleUntil: entry.staleUntil,
  });
}
export function unpackCopy(text: string): CachedPage | undefined {
  try {
    const c = JSON.parse(text) as Omit<CachedPage, 'body' | 'expiresAt'> & { body: string };
    if (!Array.isArray(c.headers) || typeof c.body !== 'string' || typeof c.storedAt !== 'number')
      return undefined;
    return { ...c, body: Buffer.from(c.body, 'base64'), expiresAt: 0 };
  } catch {
    return undefined;
  }
}

/** Request headers with which Next answers something other than a page's HTML. */
const routerHeaders = [
  'rsc',
  'next-router-prefetch',
  'next-router-segment-prefetch',
  'next-router-state-tree',
  'next-action',
];
/** What Next's pages may vary by and still be kept as one entry per URL. */
const harmlessVary = new Set([...routerHeaders, 'accept-encoding']);
/** Headers that describe one sending, not the page. */
const perSending = new Set([
  'date',
  'connection',
  'keep-alive',
  'transfer-encoding',
  'content-length',
  'content-encoding',
  'age',
  'x-portal-cache',
  'x-nextjs-cache',
  'x-request-id',
]);

/** Largest page kept; anything larger is served by Next every time. */
export const MAX_PAGE_BYTES = 2 * 1024 * 1024;

/** The cache key of a request, or null when the request must go to Next. */
export function pageCacheKey(req: Pick<IncomingMessage, 'method' | 'url' | 'headers'>): string | null {
  if (req.method !== 'GET' && req.method !== 'HEAD') return null;
  const url = req.url ?? '';
  if (!url.startsWith('/') || url.startsWith('//')) return null;
  if (/^\/(?:editor|api|_next)(?:[/?]|$)/.test(url)) return null;
  if (/[?&]_rsc=/.test(url)) return null;
  if (routerHeaders.some((h) => req.headers[h] !== undefined)) return null;
  return url;
}

function headerText(value: OutgoingHttpHeaders[string]): string {
  if (value === undefined) return '';
  return Array.isArray(value) ? value.join(', ') : String(value);
}

/**
 * How long (ms) an answer may be kept, or 0 when it must not be: see the list at the top.
 */
export function keepFor(status: number, headers: OutgoingHttpHeaders): number {
  if (status !== 200 || headers['set-cookie'] !== undefined) return 0;
  const encoding = headerText(headers['content-encoding']).trim().toLowerCase();
  if (encoding !== '' && encoding !== 'gzip') return 0;
  if (headerText(headers['x-nextjs-cache']).toUpperCase() === 'STALE') return 0;
  const vary = headerText(headers.vary)
    .split(',')
    .map((v) => v.trim().toLowerCase())
    .filter(Boolean);
  if (vary.some((v) => !harmlessVary.has(v))) return 0;
  const directives = headerText(headers['cache-control']).toLowerCase();
  if (!/(?:^|[,\s])public(?:[,\s]|$)/.test(directives)) return 0;
  if (/(?:^|[,\s])(?:private|no-store|no-cache)(?:[,\s=]|$)/.test(directives)) return 0;
  const sMaxAge = /(?:^|[,\s])s-maxage=(\d+)/.exec(directives);
  return sMaxAge ? Number(sMaxAge[1]) * 1000 : 0;
}

/** How long (ms) a kept answer may stand in for a failed render: its `stale-if-error`. */
export function standInFor(headers: OutgoingHttpHeaders): number {
  const match = /(?:^|[,\s])stale-if-error=(\d+)/.exec(headerText(headers['cache-control']).toLowerCase());
  return match ? Math.min(Number(match[1]) * 1000, MAX_STALE_MS) : 0;
}

function standsInUntil(entry: CachedPage): number {
  return Math.max(entry.expiresAt, Math.min(entry.staleUntil ?? 0, entry.storedAt + MAX_STALE_MS));
}

/** Whether the reader's Accept-Encoding takes gzip (a `q=0` refuses it). */
export function acceptsGzip(acceptEncoding: string | string[] | undefined): boolean {
  const text = Array.isArray(acceptEncoding) ? acceptEncoding.join(',') : (acceptEncoding ?? '');
  return text.split(',').some((part) => {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (name !== 'gzip' && name !== '*') return false;
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)).find(Boolean);
    return !q || Number(q[1]) > 0;
  });
}

/** Pages by URL, least recently used dropped first once `maxBytes` is reached. */
export class PageCache {
  private readonly entries = new Map<string, CachedPage>();
  /** the entries still held (an entry served while it is dropped must not count again) */
  private live = new WeakSet<CachedPage>();
  private bytes = 0;
  /** raised by every clear(): an answer rendered before a clear is not stored after it */
  generation = 0;

  constructor(
    readonly maxBytes: number,
    private readonly now: () => number = () => Date.now(),
  ) {}

  get size(): number {
    return this.entries.size;
  }

  /** The page while it is fresh (an expired one is kept for `fallback`). */
  get(key: string): CachedPage | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    if (standsInUntil(entry) <= this.now()) {
      this.drop(entry);
      return undefined;
    }
    this.entries.set(key, entry); // most recently used last
    return entry.expiresAt > this.now() ? entry : undefined;
  }

  /** The last good copy of a page that is no longer fresh, to stand in for a failed render. */
  fallback(key: string): CachedPage | undefined {
    const entry = this.entries.get(key);
    return entry && standsInUntil(entry) > this.now() ? entry : undefined;
  }

  /** Serves `entry` in place of failed renders for the next STALE_RETRY_MS. */
  standIn(entry: CachedPage): void {
    entry.stale = true;
    entry.expiresAt = this.now() + STALE_RETRY_MS;
  }

  set(key: string, entry: CachedPage): void {
    const previous = this.entries.get(key);
    if (previous) {
      this.entries.delete(key);
      this.drop(previous);
    }
    const weight = this.weight(entry);
    if (weight > this.maxBytes) return;
    this.entries.set(key, entry);
    this.live.add(entry);
    this.bytes += weight;
    for (const [oldest, old] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.drop(old);
    }
  }

  /**
   * These pages (by URL, as keyed) are rendered anew by their next request (the copies stay as
   * stand-ins): what one publication changed (lib/freshness/change.ts proxyPaths). A key ending
   * in `*` names every URL that starts with the rest (a page with any query: search results).
   */
  purge(keys: Iterable<string>): void {
    const prefixes: string[] = [];
    for (const key of keys) {
      if (key.endsWith('*')) prefixes.push(key.slice(0, -1));
      const entry = this.entries.get(key);
      if (entry) entry.expiresAt = 0;
    }
    if (prefixes.length > 0)
      for (const [key, entry] of this.entries)
        if (prefixes.some((p) => key.startsWith(p))) entry.expiresAt = 0;
    this.generation += 1;
  }

  /** Every page is rendered anew by its next request (the copies stay as stand-ins, see the top). */
  clear(): void {
    for (const entry of this.entries.values()) entry.expiresAt = 0;
    this.generation += 1;
  }

  /** Forgets everything, stand-ins too. */
  empty(): void {
    this.live = new WeakSet();
    this.entries.clear();
    this.bytes = 0;
    this.generation += 1;
  }

  /** The unpacked body of an entry, made once. */
  plain(entry: CachedPage): Buffer {
    if (!entry.gzip) return entry.body;
    if (!entry.plain) {
      entry.plain = gunzipSync(entry.body);
      if (this.live.has(entry)) this.bytes += entry.plain.length;
    }
    return entry.plain;
  }

  private drop(entry: CachedPage): void {
    this.live.delete(entry);
    this.bytes -= this.weight(entry);
  }

  private weight(entry: CachedPage): number {
    return entry.body.length + (entry.plain?.length ?? 0) + 1024;
  }
}

/** Answers a request from an entry: 304 to a matching If-None-Match, gzip to those who take it. */
export function sendCached(
  cache: PageCache,
  entry: CachedPage,
  req: IncomingMessage,
  res: ServerResponse,
): void {
  for (const [name, value] of entry.headers) res.setHeader(name, value);
  // answered gzip or plain by the reader's Accept-Encoding: a shared cache must know
  const vary = headerText(res.getHeader('vary') as string | string[] | undefined);
  if (!/(^|,)\s*accept-encoding\s*(,|$)/i.test(vary))
    res.setHeader('vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding');
  res.setHeader('age', String(Math.max(0, Math.floor((Date.now() - entry.storedAt) / 1000))));
  res.setHeader('x-portal-cache', entry.stale ? 'stale-if-error' : 'hit');
  // a stand-in is for this moment only: no shared cache keeps it past the outage
  if (entry.stale) res.setHeader('cache-control', 'no-store');
  if (entry.etag && req.headers['if-none-match'] === entry.etag) {
    res.statusCode = 304;
    res.end();
    return;
  }
  const gzip = entry.gzip && acceptsGzip(req.headers['accept-encoding']);
  const body = gzip || !entry.gzip ? entry.body : cache.plain(entry);
  if (gzip) res.setHeader('content-encoding', 'gzip');
  res.setHeader('content-length', String(body.length));
  res.statusCode = 200;
  res.end(req.method === 'HEAD' ? undefined : body);
}

/**
 * Lets Next answer a request and keeps a copy of the answer when it may be kept. Next writes
 * through res.write / res.end (its gzip step wraps them again inside, so the copy is what goes
 * out on the wire); an answer whose headers were passed to writeHead directly is not kept.
 */
export function capture(
  cache: PageCache,
  key: string,
  res: ServerResponse,
  /** the last good copy, for a reader whose render fails, and that reader's request */
  fallback?: { entry: CachedPage; req: IncomingMessage },
  /** told of every copy kept */
  shared?: SharedCopies,
): void {
  const standIn = fallback?.entry;
  const generation = cache.generation;
  const chunks: Buffer[] = [];
  let size = 0;
  let keep = true;
  tapResponse(res, {
    // with a stand-in, Next's answer is held until its status is known: a failure is replaced
    hold: () => standIn !== undefined,
    chunk(buffer) {
      if (!keep) return;
      size += buffer.length;
      if (size > MAX_PAGE_BYTES) keep = false;
      else chunks.push(buffer);
    },
    // an answer whose headers were passed to writeHead directly is not kept
    explicitHeaders: () => void (keep = false),
    complete({ release, restore }) {
      if (res.statusCode < 500 || !fallback || !standIn) return release();
      keep = false;
      // the copy goes out through the response's own methods, past Next's ended gzip step
      restore();
      const requestId = res.getHeader('x-request-id');
      for (const name of res.getHeaderNames()) res.removeHeader(name);
      if (requestId !== undefined) res.setHeader('x-request-id', requestId);
      log.warn(
        { event: 'stale-if-error', requestId, route: key.split('?')[0], status: res.statusCode },
        'render failed: the last good copy answered',
      );
      // a copy from the shared store stands in here too for the next few seconds
      if (cache.fallback(key) !== standIn) cache.set(key, standIn);
      cache.standIn(standIn);
      sendCached(cache, standIn, fallback.req, res);
    },
  });
  res.once('finish', () => {
    if (!keep || cache.generation !== generation) return;
    const headers = res.getHeaders();
    const ttl = keepFor(res.statusCode, headers);
    if (ttl <= 0) return;
    const storedAt = Date.now();
    const sent = Buffer.concat(chunks);
    const gzip = headerText(headers['content-encoding']).trim().toLowerCase() === 'gzip';
    const entry: CachedPage = {
      headers: Object.entries(headers)
        .filter(([name, value]) => value !== undefined && !perSending.has(name))
        .map(([name, value]) => [name, Array.isArray(value) ? value : String(value)]),
      // kept compressed whatever the first reader took (see the top)
      body: gzip ? sent : gzipSync(sent),
      plain: gzip ? undefined : sent,
      gzip: true,
      etag: headers.etag === undefined ? undefined : headerText(headers.etag),
      storedAt,
      expiresAt: storedAt + ttl,
      staleUntil: storedAt + standInFor(headers),
    };
    cache.set(key, entry);
    shared?.put(key, entry);
  });
}

/**
 * The page cache's part of a request (scripts/serve.ts): a fresh copy answers at once; otherwise
 * Next renders — kept when it may be, replaced by the last good copy when it fails.
 */
export function servePage(
  cache: PageCache,
  req: IncomingMessage,
  res: ServerResponse,
  render: () => void,
  shared?: SharedCopies,
): void {
  const key = pageCacheKey(req);
  if (key === null) return render();
  const entry = cache.get(key);
  if (entry) return sendCached(cache, entry, req, res);
  if (req.method !== 'GET') return render();
  const last = cache.fallback(key);
  if (last || !shared) {
    capture(cache, key, res, last && { entry: last, req }, shared);
    return render();
  }
  // no copy here: the one another instance kept, if any, stands by
  void shared.get(key).then(
    (copy) => {
      capture(cache, key, res, copy && { entry: copy, req }, shared);
      render();
    },
    () => {
      capture(cache, key, res, undefined, shared);
      render();
    },
  );
}
