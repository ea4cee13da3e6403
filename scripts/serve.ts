/**
 * The portal's HTTP server, started by `npm start` (scripts/start.ts) in place of `next start`:
 * Next's own request handler behind
 * - the page cache of lib/freshness/page-cache.ts, which answers cached public pages from memory
 *   (docs/decisions/019) and, when Next fails to render a page, its last good copy — shared by the
 *   instances through Redis (lib/freshness/instances.ts, docs/decisions/021);
 * - refusals Next would answer with a 500 or an empty shell: addresses and form bodies it cannot
 *   read (400), forms posted from another site (403), its empty 404 shell (lib/server/bad-address.ts,
 *   lib/server/request-guards.ts; docs/decisions/022);
 * - the operator's log: a request id for every request, a JSON line for every failure
 *   (lib/log/logger.ts).
 * Everything else — misses, RSC payloads, assets, the newsroom, server actions — is Next's,
 * exactly as under `next start`.
 *
 * Environment: PORT; PAGE_CACHE_MB (memory for cached pages, default 64; 0 turns the cache off);
 * REDIS_URL (with several instances: an editorial change on one clears the page cache of all,
 * through Redis; the last good copies are shared there); LOG_LEVEL. Everything
 * else is read by Next and the app as usual.
 */
import { createServer } from 'node:http';
import { constants, PerformanceObserver } from 'node:perf_hooks';
import { getHeapStatistics } from 'node:v8';
import next from 'next';
import { parseTrustedProxies, settleForwarding } from '../lib/http/client-address';
import { joinInstances } from '../lib/freshness/instances';
import { publicOrigin, readEnv } from '../lib/env';
import { log, requestIdFrom, routeOf } from '../lib/log/logger';
import { isBadAddress, sendRefusal } from '../lib/server/bad-address';
import { guardNotFound, isCrossSitePost } from '../lib/server/request-guards';
import type { ArticleVersion } from '../lib/server/readable-shell';
import { checkFormBody, isMultipartPost } from '../lib/server/form-body';
import { PageCache, servePage } from '../lib/freshness/page-cache';
import { MEDIA_UPLOAD_PATH } from '../lib/model/paths';

const port = Number(process.env.PORT ?? 3000);
const megabytes = Number(process.env.PAGE_CACHE_MB ?? 64);
if (!Number.isFinite(megabytes) || megabytes < 0) {
  console.error(
    `[portal] PAGE_CACHE_MB must be a number of megabytes ≥ 0, not "${process.env.PAGE_CACHE_MB}"`,
  );
  process.exit(1);
}

// the proxies whose X-Forwarded-* headers count; everyone else's are dropped (TRUSTED_PROXIES)
const env = readEnv();
const trustedProxies = parseTrustedProxies(env.TRUSTED_PROXIES)!;

// anything a request's code did not catch: one line the operator (and the soak) can find
process.on('unhandledRejection', (reason) =>
  log.error(
    { event: 'unhandled', error: reason instanceof Error ? reason.message : String(reason) },
    'unhandled rejection',
  ),
);
process.on('uncaughtException', (error) => {
  log.fatal({ event: 'unhandled', error: error.message }, 'uncaught exception');
  process.exit(1);
});

const app = next({ dev: false, dir: process.cwd(), port });
await app.prepare();
const handle = app.getRequestHandler();
const cache = megabytes > 0 ? new PageCache(megabytes * 1024 * 1024) : null;

const shared = cache ? joinInstances(cache, process.env.REDIS_URL) : undefined;

/**
 * The language versions of a report, for the 404 of a report missing a language: asked of this
 * server's own route (/api/article-versions, cached like a page), with a two-second limit.
 */
async function reportVersions(slug: string): Promise<ArticleVersion[]> {
  const answer = await fetch(`http://127.0.0.1:${port}/api/article-versions/${slug}`, {
    signal: AbortSignal.timeout(2_000),
  });
  if (!answer.ok) return [];
  return ((await answer.json()) as { versions: ArticleVersion[] }).versions;
}

/** photo uploads are larger than any form: their route checks who and how much before reading */
const isUpload = (url: string | undefined) => (url ?? '').split('?')[0] === MEDIA_UPLOAD_PATH;

const server = createServer((req, res) => {
  // one id per request, for the log lines it causes here, in Next and in the newsroom's writes
  const requestId = requestIdFrom(req.headers['x-request-id']);
  req.headers['x-request-id'] = requestId;
  res.setHeader('x-request-id', requestId);
  // who sent it: the socket's address, or a listed proxy's word for it (lib/http/client-address.ts)
  settleForwarding(req.headers, req.socket.remoteAddress, trustedProxies);
  const started = performance.now();
  res.once('finish', () => {
    if (res.statusCode < 400) return;
    const line = {
      event: 'request',
      requestId,
      method: req.method,
      route: routeOf(req.url),
      status: res.statusCode,
      ms: Math.round(performance.now() - started),
    };
    if (res.statusCode >= 500) log.error(line, 'request failed');
    else log.debug(line, 'request refused');
  });
  // an address that cannot be decoded is the client's fault: a localized 400, not Next's 500
  if (isBadAddress(req.url ?? '/')) return sendRefusal(req, res);
  // a form or action posted from another site: a localized 403, not Next's 500 (CSRF)
  if (isCrossSitePost(req, publicOrigin(env))) return sendRefusal(req, res, 'origin');
  // Next's empty error shell for a 404, or a bare plain-text 400/404, becomes a readable page
  // (lib/server/request-guards.ts) — for form posts too
  guardNotFound(req, res, reportVersions);
  // a multipart body Next could not decode would be its 500: read it first (lib/server/form-body.ts)
  if (isMultipartPost(req) && !isUpload(req.url)) {
    void checkFormBody(req, res, (r, s) => sendRefusal(r, s, 'form')).then(
      (checked) => checked && void handle(checked, res),
      () => {
        if (!res.headersSent) sendRefusal(req, res, 'form');
      },
    );
    return;
  }
  if (cache) servePage(cache, req, res, () => void handle(req, res), shared);
  else void handle(req, res);
});
// memory, for operators and the soak (LOG_LEVEL=debug): resident size, the heap in use, and the
// live heap — what is still in use right after a full (mark-compact) collection, the figure that
// grows when something leaks, unlike the heap in use, which swings with when collections happen
let liveAfterGc: number | undefined;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries())
    if ((entry as { detail?: { kind?: number } }).detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR) {
      const used = getHeapStatistics().used_heap_size;
      liveAfterGc = liveAfterGc === undefined ? used : Math.min(liveAfterGc, used);
    }
}).observe({ entryTypes: ['gc'] });
setInterval(() => {
  const { rss, heapUsed, heapTotal, external } = process.memoryUsage();
  log.debug({ event: 'memory', rss, heapUsed, heapTotal, external, liveAfterGc }, 'memory');
  liveAfterGc = undefined;
}, 5_000).unref();

server.listen(port, () =>
  console.log(
    `[portal] Next on port ${port}; page cache ${cache ? `${megabytes} MB${process.env.REDIS_URL ? ', cleared on every instance through Redis' : ''}` : 'off'}`,
  ),
);

const stop = () => {
  server.close();
  void app.close().finally(() => process.exit(0));
  setTimeout(() => process.exit(0), 5000).unref();
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
