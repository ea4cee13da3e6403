/**
 * `npm run bench:search`: search latency on a synthetic corpus (issue 6).
 *
 * In a separate database (`search_bench`, on its own embedded cluster `postgres-bench`, or on the
 * server of DATABASE_URL when it is set), it applies the migrations and the launch content, then
 * adds 10,000 synthetic reports in each of zh, en and vi — written from the launch reports'
 * vocabulary (Zipf-distributed, plus a long tail of invented words), as long as the real ones, each
 * mentioning a few glossary entries — and indexes them with the portal's own indexer. It then runs
 * a fixed query set per language through the portal's `search()` (the function the page calls,
 * snippets included) and prints p50/p95 per language. Target: p95 under 50 ms.
 *
 *   --articles N   reports per language (default 10000)
 *   --runs N       timed runs of each query (default 15)
 *   --keep         keep the database afterwards (it is dropped by default)
 *   --reuse        time the queries on the database a previous --keep run left (same --articles)
 */
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { createDatabase, dropDatabases, ensureDatabase } from '../lib/db/databases';
import { createPrismaClient, createSearchPool, type Db } from '../lib/db/client';
import { prepareDatabase } from '../lib/content/prepare';
import { openDatabaseServer } from '../lib/db/provision';
import { withDatabase } from '../lib/db/url';
import { locales, type Locale } from '../lib/model/locales';
import { writeDocuments, type SearchDocumentRow } from '../lib/search/index';
import { search, searchParamsSchema } from '../lib/search/query';
import { words } from '../lib/search/text';
import { runCli, UsageError } from './cli';
import { searchQueries as queries } from './search-queries';
import { seededRandom } from './seeded-random';

const { values: flags } = parseArgs({
  options: {
    articles: { type: 'string', default: '10000' },
    runs: { type: 'string', default: '15' },
    keep: { type: 'boolean', default: false },
    reuse: { type: 'boolean', default: false },
  },
});
const perLanguage = Number(flags.articles);
const runs = Number(flags.runs);

const DATABASE = 'search_bench';
const TARGET_P95_MS = 50;

const random = seededRandom;

/** Invented words for the long tail, in each language's shape. */
function inventedWords(locale: Locale, rnd: () => number, count: number): string[] {
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;
  const han = Array.from(
    '安北长城大东发风港国海和河华家江金京开来林龙美明南宁平山上水顺太天通西新兴阳云中州',
  );
  const onsets = ['b', 'c', 'd', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'qu', 's', 't', 'th', 'tr', 'v', 'x'];
  const vowels =
    locale === 'vi'
      ? ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'á', 'à', 'ả', 'ế', 'ệ', 'ố', 'ớ', 'ự']
      : ['a', 'e', 'i', 'o', 'u', 'ai', 'ea', 'io', 'ou'];
  const codas = ['', 'n', 'ng', 'm', 't', 'c', 'nh', 'r', 's'];
  return Array.from({ length: count }, () => {
    if (locale === 'zh') return pick(han) + pick(han) + (rnd() < 0.3 ? pick(han) : '');
    const syllables = locale === 'vi' ? 1 : 2 + Math.floor(rnd() * 2);
    return Array.from({ length: syllables }, () => pick(onsets) + pick(vowels) + pick(codas)).join('');
  });
}

type Vocabulary = { words: string[]; cumulative: number[]; tail: string[]; averageLength: number };

/** The launch reports' words in one language, most frequent first, with Zipf weights. */
async function vocabulary(db: Db, locale: Locale, rnd: () => number): Promise<Vocabulary> {
  const docs = await db.searchDocument.findMany({
    where: { kind: 'article', locale },
    select: { body: true },
  });
  const counts = new Map<string, number>();
  for (const d of docs) for (const w of words(d.body)) counts.set(w, (counts.get(w) ?? 0) + 1);
  const sorted = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([w]) => w);
  let sum = 0;
  const cumulative = sorted.map((_, rank) => (sum += 1 / (rank + 1)));
  const averageLength = docs.reduce((n, d) => n + words(d.body).length, 0) / Math.max(1, docs.length);
  return { words: sorted, cumulative, tail: inventedWords(locale, rnd, 20_000), averageLength };
}

function sampleWord(v: Vocabulary, rnd: () => number): string {
  if (rnd() < 0.15) return v.tail[Math.floor(rnd() * v.tail.length)]!;
  const x = rnd() * v.cumulative.at(-1)!;
  let lo = 0;
  let hi = v.cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (v.cumulative[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return v.words[lo]!;
}

/** Sentences of sampled words, written as the language writes (no spaces in Chinese). */
function text(locale: Locale, v: Vocabulary, rnd: () => number, length: number, names: string[]): string {
  const sentences: string[] = [];
  let left = length;
  while (left > 0) {
    const n = Math.min(left, 8 + Math.floor(rnd() * 14));
    const parts = Array.from({ length: n }, () => sampleWord(v, rnd));
    if (names.length && rnd() < 0.35)
      parts.splice(Math.floor(rnd() * n), 0, names[Math.floor(rnd() * names.length)]!);
    sentences.push(locale === 'zh' ? `${parts.join('')}。` : `${parts.join(' ')}.`);
    left -= n;
  }
  return sentences.join(locale === 'zh' ? '' : ' ');
}

async function generate(db: Db, log: (line: string) => void): Promise<void> {
  const events = (await db.event.findMany({ select: { id: true } })).map((e) => e.id);
  const glossary = await db.$queryRaw<Array<{ key: string; locale: Locale; name: string }>>`
    SELECT 'person:' || person_id AS key, locale::text AS locale, name FROM person_translations
    UNION ALL SELECT 'city:' || city_id, locale::text, name FROM city_translations
    UNION ALL SELECT 'agreement:' || agreement_id, locale::text, name FROM agreement_translations`;
  for (const [i, locale] of locales.entries()) {
    const rnd = random(1000 + i);
    const v = await vocabulary(db, locale, rnd);
    const names = glossary.filter((g) => g.locale === locale);
    const started = performance.now();
    const rows: SearchDocumentRow[] = [];
    for (let n = 0; n < perLanguage; n++) {
      const mentioned = Array.from(
        { length: Math.floor(rnd() * 4) },
        () => names[Math.floor(rnd() * names.length)]!,
      );
      const length = Math.round(v.averageLength * (0.5 + rnd()));
      rows.push({
        kind: 'article',
        entityId: `bench-${locale}-${n}`,
        locale,
        title: text(locale, v, rnd, 8 + Math.floor(rnd() * 8), []).replace(/[。.]$/u, ''),
        body: text(
          locale,
          v,
          rnd,
          length,
          mentioned.map((m) => m.name),
        ),
        path: `/articles/bench-${n}`,
        eventId: events[Math.floor(rnd() * events.length)] ?? null,
        publishedAt: new Date(Date.UTC(2015, 0, 1) + Math.floor(rnd() * 11 * 365 * 86_400_000)),
        entities: [...new Set(mentioned.map((m) => m.key))],
      });
      if (rows.length === 1000) {
        await writeDocuments(db, rows.splice(0));
      }
    }
    await writeDocuments(db, rows);
    log(
      `${locale}: ${perLanguage.toLocaleString('en')} reports indexed in ${((performance.now() - started) / 1000).toFixed(1)} s ` +
        `(vocabulary ${v.words.length} words + ${v.tail.length} invented; about ${Math.round(v.averageLength)} words each)`,
    );
  }
  await db.$executeRaw`VACUUM ANALYZE search_documents`;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

runCli(async () => {
  if (!Number.isInteger(perLanguage) || perLanguage < 1 || !Number.isInteger(runs) || runs < 1)
    throw new UsageError('--articles and --runs take positive whole numbers.');
  const log = (line: string) => console.log(`[bench] ${line}`);
  const server = await openDatabaseServer({ cluster: 'postgres-bench', database: 'postgres', log });
  if (flags.reuse) await ensureDatabase(server.adminUrl, DATABASE);
  else {
    await dropDatabases(server.adminUrl, [DATABASE]);
    await createDatabase(server.adminUrl, DATABASE);
  }
  const url = withDatabase(server.url, DATABASE);
  const db = createPrismaClient(url);
  const searching = createSearchPool(url);
  try {
    await prepareDatabase(url, log);
    const synthetic = await db.searchDocument.count({ where: { entityId: { startsWith: 'bench-' } } });
    if (synthetic !== perLanguage * locales.length) await generate(db, log);
    const [{ count }] = await db.$queryRaw<
      [{ count: bigint }]
    >`SELECT count(*) AS count FROM search_documents`;
    log(`${Number(count).toLocaleString('en')} documents in the index.`);

    const table: Array<{ locale: Locale; p50: number; p95: number; max: number; samples: number }> = [];
    const perQuery: string[] = [];
    for (const locale of locales) {
      const times: number[] = [];
      for (const query of queries[locale]) {
        const params = searchParamsSchema.parse({ q: query.q, type: query.type, page: query.page });
        const first = await search(params, locale, searching); // warm-up (and the result count)
        const mine: number[] = [];
        for (let r = 0; r < runs; r++) {
          const t0 = performance.now();
          await search(params, locale, searching);
          mine.push(performance.now() - t0);
        }
        times.push(...mine);
        mine.sort((a, b) => a - b);
        const total = first.status === 'ok' ? first.total : 0;
        perQuery.push(
          `  ${locale}  ${JSON.stringify(query.q).padEnd(24)} ${(query.type ?? '').padEnd(8)} p.${query.page ?? 1}  ` +
            `${String(total).padStart(6)} hits  p50 ${percentile(mine, 50).toFixed(1).padStart(6)} ms  p95 ${percentile(mine, 95).toFixed(1).padStart(6)} ms`,
        );
      }
      times.sort((a, b) => a - b);
      table.push({
        locale,
        p50: percentile(times, 50),
        p95: percentile(times, 95),
        max: times.at(-1)!,
        samples: times.length,
      });
    }
    console.log('\nPer query:');
    console.log(perQuery.join('\n'));
    console.log(
      `\n| language | queries × runs | p50 (ms) | p95 (ms) | max (ms) | p95 < ${TARGET_P95_MS} ms |\n|---|---|---|---|---|---|`,
    );
    for (const row of table)
      console.log(
        `| ${row.locale} | ${queries[row.locale].length} × ${runs} | ${row.p50.toFixed(1)} | ${row.p95.toFixed(1)} | ${row.max.toFixed(1)} | ${row.p95 < TARGET_P95_MS ? 'yes' : 'NO'} |`,
      );
    if (table.some((row) => row.p95 >= TARGET_P95_MS)) process.exitCode = 1;
  } finally {
    await db.$disconnect();
    await searching.end();
    if (!flags.keep && !flags.reuse) await dropDatabases(server.adminUrl, [DATABASE]);
    await server.release();
  }
});
