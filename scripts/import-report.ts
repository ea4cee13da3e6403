/**
 * `npm run import:report`: the importer on every release fixture (tests/fixtures/import/), as a
 * table — paragraphs expected, paragraphs found, pairs right (slots whose text in every language
 * is exactly the expected one), kinds right, dropped lines — against the hand-checked expectations
 * in tests/fixtures/import/expected.ts. Exits 1 when any fixture falls short.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseRelease } from '../lib/editorial/import/parse';
import { projectRoot } from '../lib/db/provision';
import { expectations, glossary } from '../tests/fixtures/import/expected';

const rows: string[][] = [];
let short = 0;
for (const e of expectations) {
  const text = readFileSync(path.join(projectRoot, 'tests/fixtures', e.file), 'utf8');
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
const head = ['fixture', 'paragraphs expected', 'paragraphs found', 'pairs right', 'kinds right', 'dropped'];
console.log(`| ${head.join(' | ')} |\n|${head.map(() => ' --- ').join('|')}|`);
for (const r of rows) console.log(`| ${r.join(' | ')} |`);
console.log(short ? `\n${short} fixture(s) fall short.` : `\nAll ${rows.length} fixtures as expected.`);
process.exit(short ? 1 : 0);
