/**
 * `npm run size`: builds, serves the portal on a fresh database, and reports per page type the
 * HTML and the JavaScript a browser downloads, gzip-compressed. The baseline is a bare page of the
 * same app (the 404 for an unknown locale: Next's runtime, none of our client components).
 * Fails when the article page's JavaScript exceeds the baseline by more than 10 KB (issue 3).
 *   --no-build   measure the existing build
 */
import { gzipSync } from 'node:zlib';
import { buildPortal } from './build-portal';
import { serveFresh } from './serve-fresh';

// measured builds live apart from the .next a running portal serves (lib/build/dist-dir.ts)
process.env.PORTAL_DIST_DIR = '.next-measure';

const port = Number(process.env.SIZE_PORT ?? 3230);
const budgetBytes = 10 * 1024;

const pages: Array<{ type: string; path: string }> = [
  { type: 'bare page (baseline)', path: '/xx' },
  { type: 'home', path: '/zh' },
  { type: 'article', path: '/zh/articles/nanning-changyi-fabu' },
  { type: 'article, side by side', path: '/zh/articles/nanning-changyi-fabu/with/en,vi' },
  { type: 'report list', path: '/zh/articles' },
  { type: 'event', path: '/zh/events/global-mayors-dialogue-nanning-2025' },
  { type: 'person', path: '/zh/people/nong-shengwen' },
  { type: 'city (with map)', path: '/zh/cities/nanning' },
  { type: 'agreement', path: '/zh/agreements/cooperation-projects-2025' },
  { type: 'sources', path: '/zh/sources' },
  { type: 'not found', path: '/zh/articles/no-such-report' },
];

const gzipped = (body: Buffer) => gzipSync(body, { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

async function measure(pathname: string) {
  const response = await fetch(`${origin}${pathname}`);
  const html = Buffer.from(await response.arrayBuffer());
  const scripts = [...html.toString('utf8').matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!);
  let js = 0;
  for (const src of new Set(scripts)) {
    const body = Buffer.from(await (await fetch(new URL(src, origin))).arrayBuffer());
    js += gzipped(body);
  }
  return { status: response.status, html: gzipped(html), js, files: new Set(scripts).size };
}

if (!process.argv.includes('--no-build')) await buildPortal();
const server = await serveFresh(port);
const origin = server.origin;
let exitCode = 0;
try {
  const rows = [];
  for (const page of pages) {
    await measure(page.path); // first request renders and caches; measure what readers get next
    rows.push({ ...page, ...(await measure(page.path)) });
  }
  const baseline = rows[0]!.js;
  console.log('\npage type                  status   HTML (gzip)   JS (gzip)   JS files   JS over baseline');
  for (const r of rows) {
    console.log(
      `${r.type.padEnd(26)} ${String(r.status).padEnd(8)} ${kb(r.html).padStart(11)} ${kb(r.js).padStart(11)} ${String(r.files).padStart(10)} ${kb(r.js - baseline).padStart(18)}`,
    );
  }
  const article = rows.find((r) => r.type === 'article')!;
  const over = article.js - baseline;
  console.log(`\nArticle page JavaScript over the bare page: ${kb(over)} (budget ${kb(budgetBytes)}).`);
  if (over > budgetBytes) exitCode = 1;
} catch (error) {
  console.error(error);
  exitCode = 1;
} finally {
  await server.stop();
}
process.exit(exitCode);
