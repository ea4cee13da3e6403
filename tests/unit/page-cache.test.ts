import {
  createServer,
  request,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error Next's compiled copy of `compression` has no types
import compression from 'next/dist/compiled/compression';
import { cachePolicy } from '@/lib/http/cache-policy';
import {
  acceptsGzip,
  capture,
  keepFor,
  MAX_STALE_MS,
  packCopy,
  PageCache,
  pageCacheKey,
  servePage,
  STALE_RETRY_MS,
  standInFor,
  unpackCopy,
  type SharedCopies,
} from '@/lib/freshness/page-cache';
import { guardNotFound } from '@/lib/server/request-guards';

const nextVary =
  'rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding';

describe('which requests the page cache may answer', () => {
  const get = (url: string, headers: IncomingHttpHeaders = {}, method = 'GET') =>
    pageCacheKey({ method, url, headers });

  it('keeps public pages, feeds and searches by their full address', () => {
    for (const url of [
      '/zh',
      '/en/articles/report',
      '/vi/search?q=th%E1%BB%8B',
      '/zh/feed.xml',
      '/sitemap.xml',
    ])
      expect(get(url)).toBe(url);
    expect(get('/en', {}, 'HEAD')).toBe('/en');
  });

  it('never the newsroom, the API, Next’s assets, RSC payloads, prefetches, actions or writes', () => {
    for (const url of [
      '/editor',
      '/editor/en/login',
      '/api/publish-due',
      '/_next/static/x.js',
      '/en?_rsc=abc',
    ])
      expect(get(url), url).toBeNull();
    for (const header of ['rsc', 'next-router-prefetch', 'next-router-segment-prefetch', 'next-action'])
      expect(get('/en', { [header]: '1' }), header).toBeNull();
    expect(get('/en', {}, 'POST')).toBeNull();
    expect(get('//evil.example/en')).toBeNull();
  });
});

describe('which answers it keeps, and for how long', () => {
  const page = { 'cache-control': cachePolicy.page, vary: nextVary, 'content-encoding': 'gzip' };

  it('keeps a public page for its s-maxage, a search for its shorter one', () => {
    expect(keepFor(200, page)).toBe(60_000);
    expect(keepFor(200, { ...page, 'cache-control': cachePolicy.search })).toBe(30_000);
  });

  it('keeps nothing private, failed, cookie-setting, stale, varying by language or oddly encoded', () => {
    expect(keepFor(200, { ...page, 'cache-control': cachePolicy.private })).toBe(0);
    expect(keepFor(200, { ...page, 'cache-control': 'public, max-age=60' })).toBe(0);
    expect(keepFor(404, page)).toBe(0);
    expect(keepFor(503, page)).toBe(0);
    expect(keepFor(200, { ...page, 'set-cookie': ['a=b'] })).toBe(0);
    expect(keepFor(200, { ...page, 'x-nextjs-cache': 'STALE' })).toBe(0);
    expect(keepFor(200, { ...page, vary: 'Accept-Language' })).toBe(0);
    expect(keepFor(200, { ...page, vary: '*' })).toBe(0);
    expect(keepFor(200, { ...page, 'content-encoding': 'br' })).toBe(0);
  });

  it('lets a copy stand in for failed renders as long as its own stale-if-error says', () => {
    expect(standInFor({ 'cache-control': cachePolicy.page })).toBe(86_400_000);
    expect(standInFor({ 'cache-control': cachePolicy.search })).toBe(600_000);
    expect(standInFor({ 'cache-control': 'public, s-maxage=60' })).toBe(0);
    expect(standInFor({ 'cache-control': 'public, stale-if-error=9999999' })).toBe(MAX_STALE_MS);
  });

  it('reads Accept-Encoding as HTTP does', () => {
    expect(acceptsGzip('gzip, deflate, br')).toBe(true);
    expect(acceptsGzip('br;q=1.0, gzip;q=0.8')).toBe(true);
    expect(acceptsGzip('*')).toBe(true);
    expect(acceptsGzip('gzip;q=0')).toBe(false);
    expect(acceptsGzip('identity')).toBe(false);
    expect(acceptsGzip(undefined)).toBe(false);
  });
});

describe('the cache itself', () => {
  const entry = (bytes: number, expiresAt = Infinity) => ({
    headers: [],
    body: Buffer.alloc(bytes),
    gzip: false,
    storedAt: 0,
    expiresAt,
    staleUntil: MAX_STALE_MS,
  });

  it('drops the least recently used page once its memory is full', () => {
    const cache = new PageCache(3 * (1000 + 1024), () => 0);
    cache.set('/a', entry(1000));
    cache.set('/b', entry(1000));
    cache.set('/c', entry(1000));
    cache.get('/a');
    cache.set('/d', entry(1000));
    expect(cache.get('/b')).toBeUndefined();
    for (const key of ['/a', '/c', '/d']) expect(cache.get(key), key).toBeDefined();
  });

  it('forgets a page when it expires and everything when cleared', () => {
    let now = 0;
    const cache = new PageCache(1e6, () => now);
    cache.set('/a', entry(10, 60_000));
    cache.set('/b', entry(10));
    now = 60_000;
    expect(cache.get('/a')).toBeUndefined();
    expect(cache.get('/b')).toBeDefined();
    const generation = cache.generation;
    cache.clear();
    expect(cache.get('/b')).toBeUndefined();
    expect(cache.generation).toBe(generation + 1);
    // the copies stay, to stand in for a render that fails, for a day at most
    expect(cache.fallback('/b')).toBeDefined();
    now += MAX_STALE_MS;
    expect(cache.fallback('/b')).toBeUndefined();
    cache.empty();
    expect(cache.size).toBe(0);
  });
});

describe('a server behind the cache, over real HTTP', () => {
  const html = `<!DOCTYPE html><html lang="en"><body>${'Nanning Initiative. '.repeat(500)}</body></html>`;
  const cache = new PageCache(1024 * 1024);
  let rendered = 0;
  let text = html;
  /** the database is away: Next's answer is its error page */
  let failing = false;
  let server: Server;
  let origin = '';

  /** stands in for Next: headers by setHeader, then the gzip body through write and end */
  function render(res: ServerResponse) {
    rendered += 1;
    if (failing) {
      res.statusCode = 500;
      res.setHeader('cache-control', 'private, no-cache, no-store, max-age=0, must-revalidate');
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.flushHeaders(); // as Next's stream does before its first chunk
      res.write('<!DOCTYPE html><html lang="en"><body>This page cannot be shown');
      res.end(' right now</body></html>');
      return;
    }
    res.setHeader('cache-control', cachePolicy.page);
    res.setHeader('vary', nextVary);
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.setHeader('etag', `"${text.length}"`);
    res.setHeader('content-encoding', 'gzip');
    const body = gzipSync(text);
    res.write(body.subarray(0, 100));
    res.end(body.subarray(100));
  }

  beforeAll(async () => {
    server = createServer((req, res) => servePage(cache, req, res, () => render(res)));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const fetchRaw = (path: string, headers: Record<string, string> = {}, method = 'GET') =>
    new Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
      request(`${origin}${path}`, { headers, method }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      })
        .on('error', reject)
        .end();
    });

  it('renders once, then answers the same bytes and headers from memory', async () => {
    const first = await fetchRaw('/en/articles/report', { 'accept-encoding': 'gzip' });
    const second = await fetchRaw('/en/articles/report', { 'accept-encoding': 'gzip' });
    expect(rendered).toBe(1);
    expect(second.headers['x-portal-cache']).toBe('hit');
    expect(second.body.equals(first.body)).toBe(true);
    for (const name of ['cache-control', 'vary', 'etag', 'content-type', 'content-encoding'])
      expect(second.headers[name], name).toBe(first.headers[name]);
    expect(second.headers['content-length']).toBe(String(first.body.length));
  });

  it('unpacks the page for a reader without gzip, answers HEAD without a body and 304 to a known ETag', async () => {
    const plain = await fetchRaw('/en/articles/report');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString('utf8')).toBe(html);
    const head = await fetchRaw('/en/articles/report', { 'accept-encoding': 'gzip' }, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    const revalidated = await fetchRaw('/en/articles/report', { 'if-none-match': `"${html.length}"` });
    expect(revalidated.status).toBe(304);
    expect(rendered).toBe(1);
  });

  it('renders anew after a clear, and a render that began before the clear is not kept', async () => {
    cache.clear();
    text = `${html} corrected`;
    const after = await fetchRaw('/en/articles/report', { 'accept-encoding': 'gzip' });
    expect(after.headers['x-portal-cache']).toBeUndefined();
    expect(gunzipSync(after.body).toString('utf8')).toBe(text);
    expect(rendered).toBe(2);

    const fake = {
      write: () => true,
      end: () => fake,
      writeHead: () => fake,
      once: (_: string, f: () => void) => (finish = f),
      getHeaders: () => ({}),
      statusCode: 200,
    };
    let finish = () => {};
    capture(cache, '/en/late', fake as unknown as ServerResponse);
    cache.clear();
    finish();
    expect(cache.get('/en/late')).toBeUndefined();
  });

  it('answers the last good copy while renders fail, and the new page once they succeed', async () => {
    try {
      const good = await fetchRaw('/en/articles/outage', { 'accept-encoding': 'gzip' });
      cache.clear();
      failing = true;
      const before = rendered;
      const stale = await fetchRaw('/en/articles/outage', { 'accept-encoding': 'gzip' });
      expect(stale.status).toBe(200);
      expect(stale.headers['x-portal-cache']).toBe('stale-if-error');
      expect(stale.headers['cache-control']).toBe('no-store');
      expect(stale.body.equals(good.body)).toBe(true);
      expect(rendered).toBe(before + 1);
      // for the next few seconds the copy answers without a render
      const plain = await fetchRaw('/en/articles/outage');
      expect(plain.body.toString('utf8')).toBe(text);
      expect(rendered).toBe(before + 1);
      // a page never rendered well has no copy: the reader gets the error as it is
      expect((await fetchRaw('/en/articles/never')).status).toBe(500);
      failing = false;
      // the stand-in answers for STALE_RETRY_MS; a clear (the next correction) ends that too
      expect(cache.get('/en/articles/outage')?.expiresAt).toBeLessThanOrEqual(Date.now() + STALE_RETRY_MS);
      cache.clear();
      const back = await fetchRaw('/en/articles/outage', { 'accept-encoding': 'gzip' });
      expect(back.headers['x-portal-cache']).toBeUndefined();
      expect(back.headers['cache-control']).toBe(cachePolicy.page);
      expect((await fetchRaw('/en/articles/outage')).headers['x-portal-cache']).toBe('hit');
    } finally {
      failing = false;
    }
  });
});

describe('instances sharing their last good copies', () => {
  it('an instance that never rendered a page answers the copy another kept while renders fail', async () => {
    const store = new Map<string, string>();
    const shared: SharedCopies = {
      get: async (key) => (store.has(key) ? unpackCopy(store.get(key)!) : undefined),
      put: (key, entry) => void store.set(key, packCopy(entry)),
    };
    let failing = false;
    const page = gzipSync('<!DOCTYPE html><html lang="vi"><body>Sáng kiến Nam Ninh</body></html>');
    const start = async (cache: PageCache) => {
      const server = createServer((req, res) =>
        servePage(
          cache,
          req,
          res,
          () => {
            res.statusCode = failing ? 500 : 200;
            res.setHeader('cache-control', failing ? 'private, no-store' : cachePolicy.page);
            if (!failing) res.setHeader('content-encoding', 'gzip');
            res.end(failing ? 'database away' : page);
          },
          shared,
        ),
      );
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
    };
    const a = await start(new PageCache(1024 * 1024));
    const b = await start(new PageCache(1024 * 1024));
    try {
      expect((await fetch(`${a.origin}/vi/articles/sang-kien`)).status).toBe(200);
      expect(store.has('/vi/articles/sang-kien')).toBe(true);
      failing = true;
      const fromB = await fetch(`${b.origin}/vi/articles/sang-kien`);
      expect(fromB.status).toBe(200);
      expect(fromB.headers.get('x-portal-cache')).toBe('stale-if-error');
      expect(await fromB.text()).toContain('Sáng kiến Nam Ninh');
      expect((await fetch(`${b.origin}/vi/articles/other`)).status).toBe(500);
    } finally {
      a.server.close();
      b.server.close();
    }
  });
});

describe('a page first rendered for a reader without gzip', () => {
  const html = `<!DOCTYPE html><html lang="vi"><body>${'Sáng kiến Nam Ninh. '.repeat(400)}</body></html>`;
  const cache = new PageCache(1024 * 1024);
  let rendered = 0;
  let server: Server;
  let origin = '';
  beforeAll(async () => {
    // Next's own compression step in front of the render, as under `next start`
    const compress = compression() as (req: IncomingMessage, res: ServerResponse, next: () => void) => void;
    server = createServer((req, res) =>
      servePage(cache, req, res, () =>
        compress(req, res, () => {
          rendered += 1;
          res.setHeader('cache-control', cachePolicy.page);
          res.setHeader('vary', nextVary);
          res.setHeader('content-type', 'text/html; charset=utf-8');
          res.end(html);
        }),
      ),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  const get = (headers: Record<string, string>) =>
    new Promise<{ headers: IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
      request(`${origin}/vi/articles/plain-first`, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
      })
        .on('error', reject)
        .end();
    });

  it('is still answered compressed to every reader after it who takes gzip', async () => {
    const plain = await get({});
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(html);
    for (let i = 0; i < 3; i++) {
      const zipped = await get({ 'accept-encoding': 'gzip, deflate, br' });
      expect(zipped.headers['x-portal-cache']).toBe('hit');
      expect(zipped.headers['content-encoding']).toBe('gzip');
      expect(zipped.headers.vary).toMatch(/accept-encoding/i);
      expect(gunzipSync(zipped.body).toString()).toBe(html);
      expect(zipped.body.length).toBeLessThan(html.length / 5);
    }
    const plainAgain = await get({});
    expect(plainAgain.body.toString()).toBe(html);
    expect(rendered).toBe(1);
  });
});

describe('the last good copy behind the not-found guard and Next’s compression, as the server stacks them', () => {
  // scripts/serve.ts: the guard's tap first, then the page cache's capture, then Next with its
  // gzip step. A failed render ends Next's gzip stream; the copy must still go out (the soak found
  // readers left without an answer when it was written through the ended gzip step).
  const html = `<!DOCTYPE html><html lang="vi"><body>${'Sáng kiến Nam Ninh. '.repeat(200)}</body></html>`;
  const cache = new PageCache(1024 * 1024);
  let failing = false;
  let server: Server;
  let origin = '';
  beforeAll(async () => {
    const compress = compression() as (req: IncomingMessage, res: ServerResponse, next: () => void) => void;
    server = createServer((req, res) => {
      guardNotFound(req, res, async () => []);
      servePage(cache, req, res, () =>
        compress(req, res, () => {
          res.statusCode = failing ? 500 : 200;
          res.setHeader('cache-control', failing ? 'private, no-cache, no-store' : cachePolicy.page);
          res.setHeader('content-type', 'text/html; charset=utf-8');
          res.flushHeaders();
          res.write(failing ? '<!DOCTYPE html><html id="__next_error__"><body>' : html.slice(0, 500));
          setTimeout(() => res.end(failing ? '</body></html>' : html.slice(500)), 5);
        }),
      );
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  const get = () =>
    new Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
      const req = request(
        `${origin}/vi/articles/stacked`,
        { headers: { 'accept-encoding': 'gzip' } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }),
          );
        },
      );
      req.setTimeout(3000, () => req.destroy(new Error('no answer')));
      req.on('error', reject).end();
    });

  it('answers the copy in full when the render fails', async () => {
    expect((await get()).status).toBe(200);
    cache.clear(); // expired: kept only as the last good copy
    failing = true;
    try {
      const stale = await get();
      expect(stale.status).toBe(200);
      expect(stale.headers['x-portal-cache']).toBe('stale-if-error');
      expect(gunzipSync(stale.body).toString()).toBe(html);
    } finally {
      failing = false;
    }
  });
});
