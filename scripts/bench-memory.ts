/**
 * `npm run bench:memory`: translation memory suggestions at scale (issue 28).
 *
 * In its own database (`memory_bench`, on the embedded cluster `postgres-bench`, or on the server
 * of DATABASE_URL when it is set) with the migrations and the launch content, it adds synthetic
 * memory units until the memory holds --units (default 100,000), spread over the six directions:
 * half are the launch paragraphs with words, figures and sentences changed (near neighbours of
 * real text: the hard case for a trigram index), half are new paragraphs written from the launch
 * vocabulary with Zipf weights. It then asks, as the version page does, for the suggestions of a
 * 30-paragraph report — the launch originals with some edited — in three directions, and prints
 * p50/p95 per direction and how many paragraphs found a match of each kind. Target: < 200 ms.
 *
 *   --units N   units in the memory (default 100000)
 *   --runs N    timed runs per direction (default 15)
 *   --keep      keep the database afterwards (dropped by default)
 */
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { createDatabase, dropDatabases } from '../lib/db/databases';
import { createPrismaClient } from '../lib/db/client';
import { prepareDatabase } from '../lib/content/prepare';
import { openDatabaseServer } from '../lib/db/provision';
import { withDatabase } from '../lib/db/url';
import { addUnits, suggest, type UnitInput } from '../lib/memory/store';
import { locales, type Locale } from '../lib/model/locales';
import { FUZZY_FLOOR, scoreUnit, tokensOf } from '../lib/translation/memory-score';
import { runCli, UsageError } from './cli';
import { seededRandom } from './seeded-random';

const { values: flags } = parseArgs({
  options: {
    units: { type: 'string', default: '100000' },
    runs: { type: 'string', default: '15' },
    keep: { type: 'boolean', default: false },
  },
});
const total = Number(flags.units);
const runs = Number(flags.runs);
const DATABASE = 'memory_bench';
const TARGET_MS = 200;
const PARAGRAPHS = 30;

const rnd = seededRandom(20261205);
const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;

type Paragraphs = Record<Locale, Array<{ articleId: string; key: string; text: string }>>;

/** Tokens joined as the language writes them (no spaces in Chinese). */
const written = (locale: Locale, tokens: string[]) => tokens.join(locale === 'zh' ? '' : ' ');

/** A launch paragraph with a share of its tokens replaced, figures changed, a sentence dropped. */
function edited(locale: Locale, text: string, vocabulary: string[], share: number): string {
  const sentences = text.split(locale === 'zh' ? /(?<=[。；！？])/u : /(?<=[.;!?])\s+/u).filter(Boolean);
  if (sentences.length > 1 && rnd() < 0.3) sentences.splice(Math.floor(rnd() * sentences.length), 1);
  const tokens = tokensOf(sentences.join(locale === 'zh' ? '' : ' ')).map((t) =>
    /^\d/u.test(t) ? String(Math.floor(rnd() * 500)) : rnd() < share ? pick(vocabulary) : t,
  );
  return written(locale, tokens) + (locale === 'zh' ? '。' : '.');
}

/** A new paragraph of Zipf-sampled launch vocabulary, 20–90 tokens. */
function invented(locale: Locale, vocabulary: string[]): string {
  const n = 20 + Math.floor(rnd() * 70);
  const tokens = Array.from({ length: n }, () => vocabulary[Math.floor(vocabulary.length * rnd() ** 2)]!);
  return written(locale, tokens) + (locale === 'zh' ? '。' : '.');
}

runCli(async () => {
  if (!Number.isInteger(total) || total < 1 || !Number.isInteger(runs) || runs < 1)
    throw new UsageError('--units and --runs take positive whole numbers.');
  const log = (line: string) => console.log(`[bench] ${line}`);
  const server = await openDatabaseServer({ cluster: 'postgres-bench', database: 'postgres', log });
  await dropDatabases(server.adminUrl, [DATABASE]);
  await createDatabase(server.adminUrl, DATABASE);
  const url = withDatabase(server.url, DATABASE);
  const db = createPrismaClient(url);
  try {
    await prepareDatabase(url, log);
    const rows = await db.paragraphTranslation.findMany({
      select: { articleId: true, paragraphKey: true, locale: true, text: true },
    });
    const paragraphs = Object.fromEntries(locales.map((l) => [l, [] as Paragraphs[Locale]])) as Paragraphs;
    for (const r of rows)
      paragraphs[r.locale].push({ articleId: r.articleId, key: r.paragraphKey, text: r.text });
    // the vocabulary, most frequent first
    const vocabulary = Object.fromEntries(
      locales.map((l) => {
        const counts = new Map<string, number>();
        for (const p of paragraphs[l])
          for (const t of tokensOf(p.text)) if (!/^\d/u.test(t)) counts.set(t, (counts.get(t) ?? 0) + 1);
        return [l, [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([t]) => t)];
      }),
    ) as Record<Locale, string[]>;

    const started = performance.now();
    let held = await db.translationUnit.count();
    const directions = locales.flatMap((s) => locales.filter((t) => t !== s).map((t) => [s, t] as const));
    let n = 0;
    while (held < total) {
      const batch: UnitInput[] = [];
      for (let i = 0; i < Math.min(5000, total - held); i++, n++) {
        const [s, t] = directions[n % directions.length]!;
        const near = rnd() < 0.5;
        const base = pick(paragraphs[s]);
        const translation = paragraphs[t].find((p) => p.articleId === base.articleId && p.key === base.key);
        batch.push({
          sourceLocale: s,
          targetLocale: t,
          source: near ? edited(s, base.text, vocabulary[s], 0.1 + rnd() * 0.5) : invented(s, vocabulary[s]),
          target:
            near && translation
              ? edited(t, translation.text, vocabulary[t], 0.2)
              : invented(t, vocabulary[t]),
          approved: rnd() < 0.8,
          origin: rnd() < 0.9 ? 'report' : 'tmx',
          articleId: `bench-${Math.floor(n / 30)}`,
        });
      }
      await addUnits(db, batch);
      held = await db.translationUnit.count();
    }
    await db.$executeRawUnsafe('VACUUM ANALYZE translation_units');
    const [{ size }] = await db.$queryRaw<[{ size: string }]>`
      SELECT pg_size_pretty(pg_total_relation_size('translation_units')) AS size`;
    log(
      `${held.toLocaleString('en')} units in the memory (${size}), added in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
    );

    const table: string[] = [];
    let slow = false;
    for (const [s, t] of [
      ['zh', 'vi'],
      ['en', 'zh'],
      ['vi', 'en'],
    ] as const) {
      // a 30-paragraph report: the launch originals, every third one edited a little
      const texts = Array.from({ length: PARAGRAPHS }, (_, i) => {
        const p = paragraphs[s][i % paragraphs[s].length]!;
        return { key: `p${i + 1}`, text: i % 3 === 2 ? edited(s, p.text, vocabulary[s], 0.1) : p.text };
      });
      const query = { sourceLocale: s, targetLocale: t, articleId: paragraphs[s][0]!.articleId, texts };
      const found = await suggest(query, db); // warm-up, and what it finds
      const times: number[] = [];
      for (let r = 0; r < runs; r++) {
        const t0 = performance.now();
        await suggest(query, db);
        times.push(performance.now() - t0);
      }
      times.sort((a, b) => a - b);
      const at = (p: number) => times[Math.min(times.length - 1, Math.ceil((p / 100) * times.length) - 1)]!;
      // recall: for the edited paragraphs, the best score over every unit of the direction (read
      // and scored one by one) against the best the suggestions found
      const all = await db.translationUnit.findMany({
        where: { sourceLocale: s, targetLocale: t },
        select: { source: true, target: true, articleId: true },
      });
      let agree = 0;
      let checked = 0;
      for (const x of texts.filter((_, i) => i % 3 === 2)) {
        let best = 0;
        for (const u of all) {
          const { score } = scoreUnit(
            { text: x.text, articleId: query.articleId },
            { ...u, targetLocale: t, articleId: u.articleId ?? undefined },
          );
          if (score > best) best = score;
        }
        if (best < FUZZY_FLOOR) continue;
        checked++;
        if ((found.get(x.key)?.[0]?.score ?? 0) === best) agree++;
      }
      const kinds = new Map<string, number>();
      for (const list of found.values()) kinds.set(list[0]!.kind, (kinds.get(list[0]!.kind) ?? 0) + 1);
      const matched = [...kinds].map(([k, c]) => `${c} ${k}`).join(', ');
      table.push(
        `| ${s} → ${t} | ${PARAGRAPHS} | ${matched || 'none'} | ${agree} of ${checked} | ${at(50).toFixed(1)} | ${at(95).toFixed(1)} | ${at(95) < TARGET_MS ? 'yes' : 'NO'} |`,
      );
      if (at(95) >= TARGET_MS) slow = true;
    }
    console.log(
      `\nSuggestions for a ${PARAGRAPHS}-paragraph report, ${held.toLocaleString('en')} units, ${runs} runs each:\n`,
    );
    console.log(
      `| direction | paragraphs | best match per paragraph | edited paragraphs whose best unit was found | p50 (ms) | p95 (ms) | p95 < ${TARGET_MS} ms |\n|---|---|---|---|---|---|---|`,
    );
    console.log(table.join('\n'));
    if (slow) process.exitCode = 1;
  } finally {
    await db.$disconnect();
    if (!flags.keep) await dropDatabases(server.adminUrl, [DATABASE]);
    await server.release();
  }
});
