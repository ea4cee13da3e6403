/**
 * `npm run bench:serve`: how fast one cached report page is served, in one run, four ways —
 *   1. a bare `node:http` server sending the same gzip bytes (what this machine can do at all),
 *   2. the portal directly, as `npm start` serves it (Next behind its page cache, scripts/serve.ts),
 *   3. the same server handing a static file of the same size to Next,
 *   4. Debian's nginx (deploy/nginx/portal.conf) in front, answering from its cache.
 * autocannon, 20 connections, after a warm-up; prints req/s, p50, p99 and the ratios, and exits 1
 * when a target is missed: the proxy hit ≥ 0.5× the bare server, the portal ≥ 0.9× the static file.
 *   --no-build      measure the existing build (.next-measure)
 *   --seconds N     each measurement's length (default 10)
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest, createServer } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { distPath } from '../lib/build/dist-dir';
import { buildPortal } from './build-portal';
import { startNginx } from './cluster/nginx';
import { freePort } from './cluster/services';
import { serveFresh } from './serve-fresh';

// measured builds live apart from the .next a running portal serves (lib/build/dist-dir.ts)
process.env.PORTAL_DIST_DIR = '.next-measure';

const argv = process.argv.slice(2);
const seconds = Number(argv[argv.indexOf('--seconds') + 1]) || 10;
const page = '/en/articles/mayors-release-nanning-initiative';
const headers = { 'accept-encoding': 'gzip' };

/** The raw (still gzip-compressed) answer, as a reader's browser receives it. */
function rawGet(url: string): Promise<{ status: number; headers: Record<string, string>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    httpRequest(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (c: Buffer) => chunks.push(c));
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers as Record<string, string>,
          body: Buffer.concat(chunks),
        }),
      );
    })
      .on('error', reject)
      .end();
  });
}

async function load(url: string) {
  await autocannon({ url, connections: 20, duration: 2, headers }); // warm-up
  const result = await autocannon({ url, connections: 20, duration: seconds, headers });
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${url}: ${result.non2xx} answers not 2xx, ${result.errors} errors`);
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 };
}

if (!argv.includes('--no-build')) await buildPortal();
// one port for the whole run: the start script rebuilds for a new public address
const portalPort = Number(process.env.BENCH_PORT ?? 3240);
// Next lists its static files when it starts: a first run renders the page, a file with its bytes
// is written, and the portal is started again to serve both
const staticDir = path.join(distPath(), 'static', 'bench');
{
  const first = await serveFresh(portalPort);
  try {
    await rawGet(`${first.origin}${page}`);
    const rendered = await rawGet(`${first.origin}${page}`);
    mkdirSync(staticDir, { recursive: true });
    writeFileSync(path.join(staticDir, 'page.bin'), rendered.body);
  } finally {
    await first.stop();
  }
}
const server = await serveFresh(portalPort);
const dir = mkdtempSync(path.join(tmpdir(), 'portal-bench-'));
let bare: ReturnType<typeof createServer> | null = null;
let nginx: Awaited<ReturnType<typeof startNginx>> | null = null;
try {
  // the page, rendered once and cached
  await rawGet(`${server.origin}${page}`);
  const answer = await rawGet(`${server.origin}${page}`);
  if (answer.status !== 200 || answer.headers['content-encoding'] !== 'gzip')
    throw new Error(
      `${page}: expected a gzip 200, got ${answer.status} ${answer.headers['content-encoding']}`,
    );
  const bytes = answer.body;

  bare = createServer((_, response) => {
    response.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'content-encoding': 'gzip',
      'content-length': bytes.length,
    });
    response.end(bytes);
  });
  const barePort = await freePort();
  await new Promise<void>((resolve) => bare!.listen(barePort, '127.0.0.1', resolve));

  const proxyPort = await freePort();
  nginx = await startNginx({ port: proxyPort, instances: [Number(new URL(server.origin).port)], dir });
  await rawGet(`${nginx.origin}${page}`);
  const hit = await rawGet(`${nginx.origin}${page}`);
  if (hit.headers['x-cache-status'] !== 'HIT') throw new Error(`nginx did not cache ${page}`);

  const rows = [
    { name: 'bare node:http, same gzip bytes', ...(await load(`http://127.0.0.1:${barePort}/`)) },
    { name: 'the portal directly, the report page', ...(await load(`${server.origin}${page}`)) },
    {
      name: 'the portal, static file (Next), same size',
      ...(await load(`${server.origin}/_next/static/bench/page.bin`)),
    },
    { name: 'nginx in front, cache hit', ...(await load(`${nginx.origin}${page}`)) },
  ];
  console.log(`\n${page}: ${bytes.length} bytes gzip; autocannon, 20 connections, ${seconds} s each\n`);
  console.log('| served by | req/s | p50 ms | p99 ms |\n| --- | ---: | ---: | ---: |');
  for (const r of rows) console.log(`| ${r.name} | ${Math.round(r.rps)} | ${r.p50} | ${r.p99} |`);
  const [bareRow, portal, staticFile, proxy] = rows as [
    (typeof rows)[0],
    (typeof rows)[0],
    (typeof rows)[0],
    (typeof rows)[0],
  ];
  const targets = [
    { name: 'proxy hit ÷ bare server', ratio: proxy.rps / bareRow.rps, target: 0.5 },
    { name: 'portal ÷ static file', ratio: portal.rps / staticFile.rps, target: 0.9 },
  ];
  console.log('');
  for (const t of targets)
    console.log(
      `${t.name}: ${t.ratio.toFixed(2)} (target ≥ ${t.target}) ${t.ratio >= t.target ? 'met' : 'MISSED'}`,
    );
  if (targets.some((t) => t.ratio < t.target)) process.exitCode = 1;
} finally {
  bare?.close();
  await nginx?.stop();
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
  rmSync(staticDir, { recursive: true, force: true });
}
