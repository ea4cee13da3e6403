/**
 * `npm run bench:scale`: the cost of a request and of a publication as the archive grows
 * (issue 29, docs/decisions/028).
 *
 * In its own database (`scale_bench`, on the embedded cluster `postgres-bench`, or on the server of
 * DATABASE_URL), it applies the migrations and the launch content, then grows a synthetic archive
 * (scripts/scale/archive.ts) to each size in turn — 1,000, 10,000, 100,000 reports, three
 * languages each — and at each size serves it with the production build (`.next-measure`, built
 * when missing or with --build; the page cache off, Next's caches emptied at each start, so the
 * figures are renders) and measures over real HTTP:
 *   an uncached report (a report never requested: median, p95; and where its time goes — the
 *   database queries its data function runs, measured in this process on the same database, the
 *   render until the first byte, the rest of the answer), a first and a deep page of the report
 *   list, a frequent speaker's page, home, the sitemap index, every sitemap part, the feeds, the
 *   news sitemap, the newsroom dashboard (first page, filtered), search p50/p95 per language,
 *   publish → visible on the report's page, the list, the feed and the sitemap part, the server's
 *   memory after the run, the database's size, and which growing tables a report's render read
 *   with a sequential scan (pg_stat_user_tables) with the EXPLAIN of its list queries.
 * Prints one column per size and the ratio of the largest to the smallest.
 *
 *   --sizes a,b,c   archive sizes (default 1000,10000,100000)
 *   --samples N     uncached samples per row (default 15)
 *   --build         rebuild .next-measure first
 *   --keep          keep the database afterwards (dropped by default)
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { HTMLElement } from 'node-html-parser';
import { distPath } from '../lib/build/dist-dir';
import { prepareDatabase } from '../lib/content/prepare';
import { createPrismaClient, createSearchPool } from '../lib/db/client';
import { createDatabase, dropDatabases } from '../lib/db/databases';
import { openDatabaseServer, projectRoot } from '../lib/db/provision';
import { withDatabase } from '../lib/db/url';
import { locales } from '../lib/model/locales';
import { buildPortal } from './build-portal';
import { runCli, UsageError } from './cli';
import { createEditorAccount, startPortal } from './cluster/services';
import { FREQUENT_SPEAKER, grow } from './scale/archive';
import { searchQueries } from './search-queries';
import { seededRandom } from './seeded-random';
import { FormClient } from './soak/form-client';

process.env.PORTAL_DIST_DIR = '.next-measure';

const { values: flags } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000,100000' },
    samples: { type: 'string', default: '15' },
    build: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const sizes = flags.sizes.split(',').map(Number);
const samples = Number(flags.samples);
const DATABASE = 'scale_bench';
const TARGET_RENDER_MS = 100;
const TARGET_RATIO = 1.5;
/** Times this short are the resolution of a request on loopback, not a cost (their ratio is noise). */
const NOISE_MS = 2;
const log = (line: string) => console.log(`[scale] ${line}`);

type Timing = { ms: number; ttfb: number; status: number; bytes: number; body: Buffer };

/** One GET as a browser sends it (gzip accepted), timed to the first byte and to the last. */
function get(origin: string, pathname: string, headers: Record<string, string> = {}): Promise<Timing> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    httpRequest(
      `${origin}${pathname}`,
      { headers: { 'accept-encoding': 'gzip', ...headers } },
      (response) => {
        const ttfb = performance.now() - started;
        const chunks: Buffer[] = [];
        response.on('data', (c: Buffer) => chunks.push(c));
        response.on('end', () => {
          const body = Buffer.concat(chunks);
          resolve({
            ms: performance.now() - started,
            ttfb,
            status: response.statusCode ?? 0,
            bytes: body.length,
            body,
          });
        });
      },
    )
      .on('error', reject)
      .end();
  });
}

const median = (xs: number[]) => percentile(xs, 50);
function percentile(xs: number[], p: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
}

/** Times each path once (each a first request: nothing cached) and answers the times. */
async function cold(origin: string, paths: string[], expect = 200): Promise<number[]> {
  const times: number[] = [];
  for (const p of paths) {
    const answer = await get(origin, p);
    if (answer.status !== expect) throw new Error(`${p} answered ${answer.status}, not ${expect}`);
    times.push(answer.ms);
  }
  return times;
}

/** The resident memory (MB) of the portal's server process on `port`. */
function serverMemory(port: number): number {
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      const env = readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0');
      if (!args.includes('scripts/serve.ts') || !env.includes(`PORT=${port}`)) continue;
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
      return Number(rss) / 1024;
    } catch {
      // a process that ended meanwhile
    }
  }
  return NaN;
}

/** The server's resident memory once it stops falling (read every 5 s, at most a minute). */
async function settledMemory(port: number): Promise<number> {
  let last = serverMemory(port);
  for (let i = 0; i < 12; i++) {
    await new Promise((r) => setTimeout(r, 5_000));
    const now = serverMemory(port);
    if (i >= 3 && Math.abs(now - last) < last * 0.01) return now;
    last = now;
  }
  return last;
}

/**
 * The V8 heap (MB) after the server's last full collection, from its --trace-gc log: each isolate's
 * (the server's and its workers') last `Mark-Compact … -> <MB>`, summed.
 */
function liveHeap(port: number): number {
  const log = readFileSync(path.join(tmpdir(), `portal-instance-${port}.log`), 'utf8');
  const last = new Map<string, number>();
  for (const m of log.matchAll(/^\[\d+:(0x[0-9a-f]+)\][^\n]*Mark-Compact[^\n]*?-> ([\d.]+) \(/gm))
    last.set(m[1]!, Number(m[2]));
  return last.size ? [...last.values()].reduce((a, b) => a + b, 0) : NaN;
}

const GROWING = [
  'articles',
  'article_translations',
  'article_paragraphs',
  'paragraph_translations',
  'article_people',
  'article_cities',
  'article_agreements',
  'report_list_entries',
  'search_documents',
  'people',
  'person_translations',
];

/** A row's ratio is held to the target unless it grows by nature (`true`) or for a reason given. */
type Row = { label: string; values: Map<number, number>; unit: string; proportional?: boolean | string };

runCli(async () => {
  if (sizes.some((s) => !Number.isInteger(s) || s < 100) || !Number.isInteger(samples) || samples < 3)
    throw new UsageError('--sizes takes whole numbers of at least 100, --samples at least 3.');
  const server = await openDatabaseServer({ cluster: 'postgres-bench', database: 'postgres', log });
  await dropDatabases(server.adminUrl, [DATABASE]);
  await createDatabase(server.adminUrl, DATABASE);
  const url = withDatabase(server.url, DATABASE);
  const db = createPrismaClient(url);
  const pool = createSearchPool(url);
  const rows = new Map<string, Row>();
  const record = (
    label: string,
    size: number,
    value: number,
    unit = 'ms',
    proportional: boolean | string = false,
  ) => {
    const row = rows.get(label) ?? { label, values: new Map(), unit, proportional };
    row.values.set(size, value);
    rows.set(label, row);
  };
  const notes: string[] = [];
  try {
    await prepareDatabase(url, log);
    if (flags.build || !existsSync(path.join(distPath(), 'BUILD_ID'))) await buildPortal();
    // the page's data function, in this process, on the same database (its share of a render)
    process.env.DATABASE_URL = url;
    const { getArticle } = await import('../lib/data/articles');
    const password = 'scale-bench-password-29';
    createEditorAccount(url, { email: 'scale@bench.example', name: 'Scale Bench', password, role: 'admin' });

    // one address for the whole run: the start script rebuilds for a new public address
    const port = Number(process.env.BENCH_PORT ?? 3250);
    let have = 0;
    for (const size of sizes) {
      log(`Growing the archive to ${size.toLocaleString('en')} reports …`);
      await grow(db, pool, have, size, log);
      have = size;
      // a report ready to publish (approved in English), for publish → visible
      const fresh = `scale-fresh-${size}`;
      await pool.query(
        `INSERT INTO articles (id, event_id, original_locale) VALUES ($1, 'scale-event-0', 'en');
         INSERT INTO article_translations (article_id, locale, slug, title, standfirst, status, revision)
           VALUES ($1, 'en', $1, $2, 'Published by the scale bench.', 'approved', 1);
         INSERT INTO article_paragraphs (article_id, key, position) VALUES ($1, 'p1', 0);
         INSERT INTO paragraph_translations (article_id, paragraph_key, locale, text, reviewed)
           VALUES ($1, 'p1', 'en', 'One paragraph, published by the bench.', true);
         INSERT INTO article_cities (article_id, city_id) VALUES ($1, 'nanning');`
          .replaceAll('$1', `'${fresh}'`)
          .replaceAll('$2', `'Bench publication ${size}'`),
      );

      for (const dir of [
        ['server', 'route-cache'],
        ['cache', 'fetch-cache'],
      ])
        rmSync(path.resolve(projectRoot, distPath(), ...dir), { recursive: true, force: true });
      const portal = await startPortal({
        DATABASE_URL: url,
        PORT: String(port),
        PORTAL_URL: `http://127.0.0.1:${port}`,
        PAGE_CACHE_MB: '0',
        LOG_LEVEL: 'warn',
        PORTAL_TRACE_GC: '1',
      });
      const origin = portal.origin;
      try {
        const rnd = seededRandom(size);
        const pick = (n: number) => Math.floor(rnd() * n);
        // warm the server's code paths on launch pages (not measured)
        await cold(origin, [
          '/en/articles/mayors-release-nanning-initiative',
          '/zh/articles',
          '/vi/people/nguyen-van-hanh',
        ]);

        // an uncached report: a report never requested before, in a random language
        await pool.query('SELECT pg_stat_reset()');
        // published versions only (the archive's few drafts are 404s: timed on their own below)
        const isPublished = (n: number, l: string) =>
          !(l === 'vi' && n % 33 === 7) && !(l === 'en' && n % 97 === 5);
        const reports: Array<{ n: number; locale: (typeof locales)[number] }> = [];
        while (reports.length < samples) {
          const r = { n: pick(size), locale: locales[pick(3)]! };
          if (isPublished(r.n, r.locale)) reports.push(r);
        }
        const totals: number[] = [];
        const firstBytes: number[] = [];
        for (const r of reports) {
          const answer = await get(origin, `/${r.locale}/articles/scale-${r.n}`);
          if (answer.status !== 200 && answer.status !== 404)
            throw new Error(`report answered ${answer.status}`);
          totals.push(answer.ms);
          firstBytes.push(answer.ttfb);
        }
        // the slowest renders, by address (a reader can request them again to see why)
        const slowest = reports
          .map((r, i) => ({ path: `/${r.locale}/articles/scale-${r.n}`, ms: totals[i]! }))
          .sort((a, b) => b.ms - a.ms)
          .slice(0, 3);
        notes.push(
          `${size.toLocaleString('en')}: slowest uncached reports: ${slowest.map((x) => `${x.path} ${x.ms.toFixed(0)} ms`).join(', ')}`,
        );
        const scans = await pool.query<{ relname: string; seq_scan: string; idx_scan: string }>(
          `SELECT relname, seq_scan, idx_scan FROM pg_stat_user_tables WHERE relname = ANY($1)`,
          [GROWING],
        );
        const scanned = scans.rows
          .filter((r) => Number(r.seq_scan) > 0)
          .map((r) => `${r.relname} (${r.seq_scan})`);
        notes.push(
          `${size.toLocaleString('en')}: sequential scans of growing tables while rendering ${samples} reports: ${scanned.length ? scanned.join(', ') : 'none'}`,
        );
        const data: number[] = [];
        for (const r of reports) {
          const t0 = performance.now();
          await getArticle(r.locale, `scale-${r.n}`);
          data.push(performance.now() - t0);
        }
        record('report, uncached: median', size, median(totals));
        record('report, uncached: p95', size, percentile(totals, 95));
        record('  of which database (data function)', size, median(data));
        record('  of which render to first byte', size, median(firstBytes) - median(data));
        record('  of which the rest of the answer', size, median(totals) - median(firstBytes));

        // a language version that does not exist (a draft): the 404 that offers the others
        const drafts = Array.from(
          { length: 3 },
          (_, i) => `scale-${33 * (pick(Math.floor(size / 33) - 3) + i) + 7}`,
        );
        record(
          'missing language version (404)',
          size,
          median(
            await cold(
              origin,
              drafts.map((d) => `/vi/articles/${d}`),
              404,
            ),
          ),
        );
        record(
          'its other languages (the 404 page’s lookup)',
          size,
          median(
            await cold(
              origin,
              drafts.map((d) => `/api/article-versions/${d}`),
            ),
          ),
        );

        // lists: first pages (each language, all and one event), deep pages (random reports' cursors)
        record(
          'report list, first page',
          size,
          median(
            await cold(
              origin,
              locales.flatMap((l) => [`/${l}/articles`, `/${l}/articles?event=scale-event-0`]),
            ),
          ),
        );
        const deep = Array.from({ length: samples }, () => `/en/articles?after=scale-${pick(size)}`);
        const deepTimes: number[] = [];
        for (const p of deep) {
          const answer = await get(origin, p);
          // a draft's cursor is not on the list: the page sends the reader to the first (not timed)
          if (answer.status === 200) deepTimes.push(answer.ms);
        }
        record('report list, deep page', size, median(deepTimes));
        record(
          'frequent speaker’s page',
          size,
          median(
            await cold(
              origin,
              locales.map((l) => `/${l}/people/${FREQUENT_SPEAKER}`),
            ),
          ),
        );
        // cursors four fifths down the speaker's list (a fifth of the archive)
        const speakerCursors = await pool.query<{ id: string }>(
          `SELECT article_id AS id FROM report_list_entries WHERE list = $1 AND locale = 'en'
           ORDER BY published_at DESC, article_id DESC OFFSET $2 LIMIT 3`,
          [`person:${FREQUENT_SPEAKER}`, Math.floor(size * 0.2 * 0.8)],
        );
        const speakerList = await cold(
          origin,
          speakerCursors.rows.map((r) => `/en/articles?person=${FREQUENT_SPEAKER}&after=${r.id}`),
        );
        record('frequent speaker’s reports, a deep page', size, median(speakerList));
        record(
          'home',
          size,
          median(
            await cold(
              origin,
              locales.map((l) => `/${l}`),
            ),
          ),
        );

        // sitemaps: the index, then every part it lists
        const indexTimes = await cold(
          origin,
          Array.from({ length: 5 }, () => '/sitemap.xml'),
        );
        record('sitemap index', size, median(indexTimes));
        const index = (await get(origin, '/sitemap.xml', { 'accept-encoding': 'identity' })).body.toString();
        const parts = [...index.matchAll(/<loc>[^<]*(\/sitemaps\/[^<]+\.xml)<\/loc>/g)].map((m) => m[1]!);
        const partTimes: number[] = [];
        let largest = 0;
        let urlsTotal = 0;
        for (const part of parts) {
          const answer = await get(origin, part, { 'accept-encoding': 'identity' });
          if (answer.status !== 200) throw new Error(`${part} answered ${answer.status}`);
          partTimes.push(answer.ms);
          const urls = (answer.body.toString().match(/<url>/g) ?? []).length;
          largest = Math.max(largest, urls);
          urlsTotal += urls;
        }
        record('sitemap parts (count)', size, parts.length, '', true);
        // a part's time follows its URLs (bounded by the protocol's 50,000); per URL it must not grow
        record('sitemap part: median', size, median(partTimes), 'ms', true);
        record('sitemap part: slowest', size, Math.max(...partTimes), 'ms', true);
        record('sitemap part: most URLs', size, largest, '', true);
        record('sitemap parts: URLs in all', size, urlsTotal, '', true);
        record(
          'feeds (RSS, Atom; first request)',
          size,
          median(
            await cold(
              origin,
              locales.flatMap((l) => [`/${l}/feed.xml`, `/${l}/atom.xml`]),
            ),
          ),
        );
        record(
          'news sitemap',
          size,
          median(
            await cold(
              origin,
              Array.from({ length: 3 }, () => '/news-sitemap.xml'),
            ),
          ),
        );

        // the newsroom
        const editor = new FormClient(origin);
        const signed = await editor.signIn('en', 'scale@bench.example', password);
        if (signed.status !== 303) throw new Error(`sign-in answered ${signed.status}`);
        const board = async (query: string) => {
          const times: number[] = [];
          for (let i = 0; i < 5; i++) {
            const t0 = performance.now();
            const page = await editor.get(`/editor/en${query}`);
            if (page.status !== 200) throw new Error(`dashboard answered ${page.status}`);
            times.push(performance.now() - t0);
          }
          return median(times);
        };
        record('newsroom dashboard, first page', size, await board(''));
        record('newsroom dashboard, vi drafts', size, await board('?language=vi&status=draft'));

        // search, per language: the bench:search query set, five runs each
        for (const locale of locales) {
          const times: number[] = [];
          for (const q of searchQueries[locale]) {
            const query = new URLSearchParams({ q: q.q, ...(q.type ? { type: q.type } : {}) }).toString();
            for (let r = 0; r < 5; r++) times.push((await get(origin, `/${locale}/search?${query}`)).ms);
          }
          record(`search ${locale}: p50`, size, median(times));
          record(`search ${locale}: p95`, size, percentile(times, 95));
        }

        // publish → visible on its page, the list's first page, the feed and its sitemap part
        for (const p of ['/en/articles', '/en/feed.xml', '/sitemap.xml']) await get(origin, p);
        const versionPath = `/editor/en/articles/${fresh}/en`;
        const versionPage = await editor.get(versionPath);
        const publishForm = (form: HTMLElement) => !!form.querySelector('button[name=action][value=publish]');
        const t0 = performance.now();
        const published = await editor.submit(versionPath, versionPage.root, publishForm, (f) => f, [
          'action',
          'publish',
        ]);
        const acted = performance.now() - t0;
        if (published.status !== 303 || !published.location?.includes('done=published'))
          throw new Error(`publish answered ${published.status} ${published.location ?? ''}`);
        const title = `Bench publication ${size}`;
        const month = new Date().toISOString().slice(0, 7);
        const seen = async (p: string, text: string) => {
          for (let i = 0; i < 100; i++) {
            const answer = await get(origin, p, { 'accept-encoding': 'identity' });
            if (answer.status === 200 && answer.body.toString().includes(text)) return performance.now() - t0;
            await new Promise((r) => setTimeout(r, 50));
          }
          return NaN;
        };
        const visible = await Promise.all([
          seen(`/en/articles/${fresh}`, title),
          seen('/en/articles', title),
          seen('/en/feed.xml', title),
          seen(`/sitemaps/articles-${month}.xml`, `/en/articles/${fresh}<`),
        ]);
        record('publish: the action', size, acted);
        record('publish → visible on page, list, feed, sitemap', size, Math.max(...visible));

        // Memory: right after the last request the heap still holds the garbage of the run (V8 lets
        // it grow to several times the live data between full collections, the more so the more a
        // request allocates, as a sitemap part of 6,000 URLs does); what the server keeps is read
        // once it is idle (V8's memory reducer gives the headroom back within seconds), and the
        // live heap after its last full collection (the server logs its collections).
        record(
          'server memory right after the last request',
          size,
          serverMemory(port),
          'MB',
          'garbage not yet collected: the next two rows',
        );
        record('server memory after the run, once idle', size, await settledMemory(port), 'MB');
        record('  of which live heap after the last full collection', size, liveHeap(port), 'MB');
        const [{ bytes }] = (
          await pool.query<{ bytes: string }>('SELECT pg_database_size(current_database()) AS bytes')
        ).rows as [{ bytes: string }];
        record('database size', size, Number(bytes) / 1024 / 1024, 'MB', true);
      } finally {
        await portal.stop();
      }
    }

    // the list queries' plans at the largest size
    const explain = async (title: string, sql: string, params: unknown[]) => {
      const plan = await pool.query<{ 'QUERY PLAN': string }>(
        `EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF) ${sql}`,
        params,
      );
      console.log(`\n${title}\n${plan.rows.map((r) => `  ${r['QUERY PLAN']}`).join('\n')}`);
    };
    // a report half-way through the largest archive (one published in English: not a draft)
    const middle = `scale-${Math.floor(sizes.at(-1)! / 2 / 97) * 97 + 1}`;
    const [{ at }] = (
      await pool.query<{ at: Date }>(
        `SELECT published_at AS at FROM report_list_entries WHERE list = 'all' AND locale = 'en' AND article_id = '${middle}'`,
      )
    ).rows as [{ at: Date }];
    await explain(
      `EXPLAIN: a deep page of the report list (after=${middle})`,
      `SELECT article_id FROM report_list_entries WHERE list = 'all' AND locale = 'en' AND (published_at, article_id) < ($1, '${middle}') ORDER BY published_at DESC, article_id DESC LIMIT 6`,
      [at],
    );
    await explain(
      'EXPLAIN: the frequent speaker’s newest reports',
      `SELECT article_id FROM report_list_entries WHERE list = $1 AND locale = 'zh' ORDER BY published_at DESC, article_id DESC LIMIT 11`,
      [`person:${FREQUENT_SPEAKER}`],
    );
    await explain(
      'EXPLAIN: a sitemap month',
      `SELECT published_at, article_id, locale FROM report_list_entries WHERE list = 'all' AND published_at >= '2020-03-01' AND published_at < '2020-04-01' ORDER BY published_at, article_id, locale LIMIT 1000`,
      [],
    );

    // the table: one column per size, and the largest ÷ the smallest
    const [small, large] = [sizes[0]!, sizes.at(-1)!];
    const fmt = (v: number | undefined, unit: string) =>
      v === undefined || Number.isNaN(v)
        ? '—'
        : unit === 'ms'
          ? v.toFixed(1)
          : unit === 'MB'
            ? v.toFixed(0)
            : String(Math.round(v));
    console.log(
      `\n| measure | ${sizes.map((s) => `${s.toLocaleString('en')} reports`).join(' | ')} | ${large.toLocaleString('en')} ÷ ${small.toLocaleString('en')} |`,
    );
    console.log(`|---|${sizes.map(() => '---|').join('')}---|`);
    let failed = false;
    for (const row of rows.values()) {
      const ratio = (row.values.get(large) ?? NaN) / (row.values.get(small) ?? NaN);
      // a time under NOISE_MS at every size is below what one loopback request resolves
      const tiny = row.unit === 'ms' && [...row.values.values()].every((v) => v < NOISE_MS);
      if (tiny) row.proportional = `under ${NOISE_MS} ms at every size`;
      const flag = row.proportional
        ? ` (${row.proportional === true ? 'grows with the archive by nature' : row.proportional})`
        : ratio > TARGET_RATIO
          ? ' ✗'
          : '';
      if (!row.proportional && ratio > TARGET_RATIO && !row.label.startsWith('  of which')) failed = true;
      console.log(
        `| ${row.label}${row.unit ? ` (${row.unit})` : ''} | ${sizes.map((s) => fmt(row.values.get(s), row.unit)).join(' | ')} | ${Number.isFinite(ratio) ? ratio.toFixed(2) : '—'}${flag} |`,
      );
    }
    console.log(`\n${notes.join('\n')}`);
    const slow = sizes.filter(
      (s) => (rows.get('report, uncached: median')?.values.get(s) ?? 0) >= TARGET_RENDER_MS,
    );
    if (slow.length) {
      console.log(`\nAn uncached report took ${TARGET_RENDER_MS} ms or more at ${slow.join(', ')} reports.`);
      failed = true;
    }
    if (failed) process.exitCode = 1;
  } finally {
    await db.$disconnect();
    await pool.end();
    if (!flags.keep) await dropDatabases(server.adminUrl, [DATABASE]);
    await server.release();
  }
});
