/**
 * `npm run import:report`: the importer on every release fixture (tests/fixtures/import/), as a
 * table — paragraphs expected, paragraphs found, pairs right (slots whose text in every language
 * is exactly the expected one), kinds right, dropped lines — against the hand-checked expectations
 * in tests/fixtures/import/expected.ts.
 *
 * `npm run import:report -- --corpus DIR`: the importer on every release of a folder of received
 * releases with an `expected.json` ({ releases: [{ file, languages, headline, … }] }, the shape of
 * lib/editorial/import/corpus.ts): one row per expected field — expected, found, ok.
 *
 * Either way it also times a 100,000-character paste (the import's limit) made of those releases,
 * which must read in under a second. Exits 1 when anything falls short.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { corpusTable, expectedCorpus, judgeRelease, type Row } from '../lib/editorial/import/corpus';
import { IMPORT_LIMITS, parseRelease } from '../lib/editorial/import/parse';
import { projectRoot } from '../lib/db/provision';
import { expectations, glossary } from '../tests/fixtures/import/expected';
import { runCli, UsageError } from './cli';

const SPEED_LIMIT_MS = 1000;

function fixtures(): { texts: string[]; short: number } {
  const rows: string[][] = [];
  const texts: string[] = [];
  let short = 0;
  for (const e of expectations) {
    const text = readFileSync(path.join(projectRoot, 'tests/fixtures', e.file), 'utf8');
    texts.push(text);
    const result = parseRelease(text, { glossary });
    const found = result.ok ? result.paragraphs : [];
    const key = (texts: object) => JSON.stringify(Object.entries(texts).sort());
    const foundPairs = new Map(found.map((p) => [key(p.text), p.kind]));
    const pairsRight = e.paragraphs.filter(([, texts]) => foundPairs.has(key(texts))).length;
    const kindsRight = e.paragraphs.filter(([kind, texts]) => foundPairs.get(key(texts)) === kind).length;
    const dropped = result.ok ? result.dropped.length : 0;
    if (
      pairsRight < e.paragraphs.length ||
      found.length !== e.paragraphs.length ||
      kindsRight < e.paragraphs.length
    )
      short++;
    rows.push([
      e.file.replace('import/', ''),
      String(e.paragraphs.length),
      String(found.length),
      `${pairsRight}/${e.paragraphs.length}`,
      `${kindsRight}/${e.paragraphs.length}`,
      `${dropped}/${e.dropped.length}`,
    ]);
  }
  const head = [
    'fixture',
    'paragraphs expected',
    'paragraphs found',
    'pairs right',
    'kinds right',
    'dropped',
  ];
  console.log(`| ${head.join(' | ')} |\n|${head.map(() => ' --- ').join('|')}|`);
  for (const r of rows) console.log(`| ${r.join(' | ')} |`);
  console.log(short ? `\n${short} fixture(s) fall short.` : `\nAll ${rows.length} fixtures as expected.`);
  return { texts, short };
}

function corpus(dir: string): { texts: string[]; short: number } {
  const file = path.join(dir, 'expected.json');
  if (!existsSync(file))
    throw new UsageError(`${file} not found: a corpus folder holds its releases and an expected.json`);
  const parsed = expectedCorpus.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success)
    throw new UsageError(
      `${file}: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(top)'}: ${i.message}`).join('; ')}`,
    );
  const rows: Row[] = [];
  const texts: string[] = [];
  let short = 0;
  for (const e of parsed.data.releases) {
    const release = path.join(dir, e.file);
    if (!existsSync(release)) throw new UsageError(`${file}: release ${e.file} not found in ${dir}`);
    const text = readFileSync(release, 'utf8');
    texts.push(text);
    const judged = judgeRelease(e, parseRelease(text));
    if (judged.some((r) => !r.ok)) short++;
    rows.push(...judged);
  }
  console.log(corpusTable(rows));
  const total = parsed.data.releases.length;
  console.log(
    short
      ? `\n${total - short}/${total} releases read as expected; ${short} fall short.`
      : `\n${total}/${total} releases read as expected.`,
  );
  return { texts, short };
}

/** A paste of the import's limit made of the given releases, one after another; the time to read it. */
function speed(texts: string[]): number {
  let paste = '';
  for (let i = 0; paste.length < IMPORT_LIMITS.characters; i++) paste += `${texts[i % texts.length]}\n\n`;
  paste = paste.slice(0, paste.lastIndexOf('\n', IMPORT_LIMITS.characters));
  parseRelease(paste); // warm the regular expressions once
  const runs: number[] = [];
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    parseRelease(paste);
    runs.push(performance.now() - started);
  }
  const ms = Math.min(...runs);
  console.log(
    `A ${paste.length.toLocaleString('en')}-character paste of these releases reads in ${ms.toFixed(0)} ms (limit ${SPEED_LIMIT_MS} ms).`,
  );
  return ms;
}

runCli(async () => {
  const argv = process.argv.slice(2);
  const at = argv.indexOf('--corpus');
  if (at >= 0 && !argv[at + 1])
    throw new UsageError('--corpus needs a folder: npm run import:report -- --corpus DIR');
  const { texts, short } = at >= 0 ? corpus(path.resolve(argv[at + 1]!)) : fixtures();
  const ms = speed(texts);
  if (short || ms >= SPEED_LIMIT_MS) process.exitCode = 1;
});
