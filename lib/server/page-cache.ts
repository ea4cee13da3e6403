import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { gunzipSync } from 'node:zlib';

/**
 * The portal server's page cache (docs/decisions/019): the HTML of public pages, kept in this
 * process's memory for as long as the page's own `Cache-Control: s-maxage` allows — the rule a
 * shared cache in front follows (lib/http/cache-policy.ts) — and answered without entering Next.
 * A cached report page then costs what a static file costs. Every editorial change clears it, on
 * every instance (lib/http/page-cache-signal.ts, scripts/serve.ts), so it is never staler than Next's
 * own cache after a publication.
 *
 * What is kept mirrors deploy/nginx/portal.conf: plain HTML requests only (no RSC payloads, router
 * prefetches or server actions), never the newsroom, the API or Next's assets; only 200 answers that
 * say `public` with an `s-maxage`, set no cookie, vary by nothing but the RSC headers and the
 * encoding, and are not a copy Next itself marked stale. One gzip copy per URL, unpacked once for
 * readers without gzip.
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
};

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
    private readonly now: () => number = Date.now,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  get(key: string): CachedPage | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    if (entry.expiresAt <= this.now()) {
      this.drop(entry);
      return undefined;
    }
    this.entries.set(key, entry); // most recently used last
    return entry;
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

  clear(): void {
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
  res.setHeader('age', String(Math.max(0, Math.floor((Date.now() - entry.storedAt) / 1000))));
  res.setHeader('x-portal-cache', 'hit');
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
export function capture(cache: PageCache, key: string, res: ServerResponse): void {
  const generation = cache.generation;
  const chunks: Buffer[] = [];
  let size = 0;
  let keep = true;
  const collect = (chunk: unknown, encoding: unknown) => {
    if (!keep || chunk === undefined || chunk === null || typeof chunk === 'function') return;
    const buffer =
      typeof chunk === 'string'
        ? Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8')
        : Buffer.from(chunk as Uint8Array);
    size += buffer.length;
    if (size > MAX_PAGE_BYTES) keep = false;
    else chunks.push(buffer);
  };
  const { write, end, writeHead } = res;
  res.write = function (this: ServerResponse, chunk: unknown, ...rest: unknown[]) {
    collect(chunk, rest[0]);
    return (write as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
  } as typeof res.write;
  res.end = function (this: ServerResponse, chunk?: unknown, ...rest: unknown[]) {
    collect(chunk, rest[0]);
    return (end as (...args: unknown[]) => ServerResponse).call(this, chunk, ...rest);
  } as typeof res.end;
  res.writeHead = function (this: ServerResponse, ...args: unknown[]) {
    if (args.some((a) => typeof a === 'object' && a !== null)) keep = false;
    return (writeHead as (...args: unknown[]) => ServerResponse).apply(this, args);
  } as typeof res.writeHead;
  res.once('finish', () => {
    if (!keep || cache.generation !== generation) return;
    const headers = res.getHeaders();
    const ttl = keepFor(res.statusCode, headers);
    if (ttl <= 0) return;
    const storedAt = Date.now();
    cache.set(key, {
      headers: Object.entries(headers)
        .filter(([name, value]) => value !== undefined && !perSending.has(name))
        .map(([name, value]) => [name, Array.isArray(value) ? value : String(value)]),
      body: Buffer.concat(chunks),
      gzip: headerText(headers['content-encoding']).trim().toLowerCase() === 'gzip',
      etag: headers.etag === undefined ? undefined : headerText(headers.etag),
      storedAt,
      expiresAt: storedAt + ttl,
    });
  });
}
