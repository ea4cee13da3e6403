/**
 * `npm run heap:diff -- EARLY.heapsnapshot LATE.heapsnapshot [--top N]`: what grew between two V8
 * heap snapshots of one process (e.g. a portal instance under `npm run soak`, started with
 * NODE_OPTIONS=--heapsnapshot-signal=SIGUSR2 and sent SIGUSR2 early and late), by constructor:
 * objects and their own (shallow) bytes in each, and the change — the "comparison" view of Chrome's
 * DevTools, as a table in the terminal. A leak shows as a constructor whose count and size keep
 * growing with the load; caches that fill show as growth that stops (compare three snapshots).
 *
 * Snapshots of a few hundred MiB are larger than a JavaScript string may be, so the file is read as
 * a stream: the node table's numbers and the strings table are picked out as they pass.
 */
import { createReadStream } from 'node:fs';

type Meta = { nodeFields: string[]; nodeTypes: string[] };
type Tally = Map<string, { count: number; bytes: number }>;

/** Reads `"key":[ … ]` arrays out of a heap snapshot without holding the file as one string. */
async function readSnapshot(file: string): Promise<Tally> {
  let meta: Meta | undefined;
  const nodes: number[] = [];
  const strings: string[] = [];
  let head = '';
  let section: 'head' | 'nodes' | 'skip' | 'strings' | 'done' = 'head';
  let number = '';
  let text = '';
  let inString = false;
  let escaped = false;
  for await (const chunk of createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 })) {
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i]!;
      if (section === 'head') {
        head += c;
        if (head.endsWith('"nodes":[')) {
          const json = JSON.parse(`${head.slice(0, head.lastIndexOf('"nodes"')).replace(/,\s*$/, '')}}`) as {
            snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
          };
          meta = { nodeFields: json.snapshot.meta.node_fields, nodeTypes: json.snapshot.meta.node_types[0] };
          section = 'nodes';
        }
      } else if (section === 'nodes') {
        if (c >= '0' && c <= '9') number += c;
        else {
          if (number) nodes.push(Number(number));
          number = '';
          if (c === ']') {
            section = 'skip';
            head = '';
          }
        }
      } else if (section === 'skip') {
        head = (head + c).slice(-12);
        if (head.endsWith('"strings":[')) section = 'strings';
      } else if (section === 'strings') {
        if (inString) {
          if (escaped) {
            text += `\\${c}`;
            escaped = false;
          } else if (c === '\\') escaped = true;
          else if (c === '"') {
            inString = false;
            strings.push(JSON.parse(`"${text}"`) as string);
            text = '';
          } else text += c;
        } else if (c === '"') inString = true;
        else if (c === ']') section = 'done';
      }
    }
    if (section === 'done') break;
  }
  if (!meta) throw new Error(`${file}: not a V8 heap snapshot`);
  const width = meta.nodeFields.length;
  const [type, name, size] = ['type', 'name', 'self_size'].map((f) => meta!.nodeFields.indexOf(f)) as [
    number,
    number,
    number,
  ];
  const tally: Tally = new Map();
  for (let n = 0; n < nodes.length; n += width) {
    const kind = meta.nodeTypes[nodes[n + type]!] ?? '?';
    // objects by constructor; strings, code, arrays and the rest by kind
    const label =
      kind === 'object' || kind === 'closure' || kind === 'native'
        ? `${strings[nodes[n + name]!] ?? '?'}${kind === 'object' ? '' : ` (${kind})`}`
        : `(${kind})`;
    const row = tally.get(label) ?? { count: 0, bytes: 0 };
    row.count += 1;
    row.bytes += nodes[n + size]!;
    tally.set(label, row);
  }
  return tally;
}

const args = process.argv.slice(2);
const files = args.filter((a) => !a.startsWith('--') && !/^\d+$/.test(a));
const top = Number(args[args.indexOf('--top') + 1]) || 25;
if (files.length < 2) {
  console.error('usage: npm run heap:diff -- EARLY.heapsnapshot LATE.heapsnapshot [more …] [--top N]');
  process.exit(2);
}
const tallies = [];
for (const file of files) tallies.push(await readSnapshot(file));
const mib = (b: number) => (b / 1024 / 1024).toFixed(2);
const total = (t: Tally) => [...t.values()].reduce((s, r) => s + r.bytes, 0);
console.log(`heap (shallow sizes): ${tallies.map((t) => `${mib(total(t))} MiB`).join(' → ')}`);
const first = tallies[0]!;
const last = tallies.at(-1)!;
const labels = [...new Set([...first.keys(), ...last.keys()])];
const rows = labels
  .map((label) => {
    const a = first.get(label) ?? { count: 0, bytes: 0 };
    const b = last.get(label) ?? { count: 0, bytes: 0 };
    return { label, a, b, delta: b.bytes - a.bytes };
  })
  .sort((x, y) => y.delta - x.delta)
  .slice(0, top);
console.log(
  `\n| constructor | ${tallies.map((_, i) => `#${i + 1} count | #${i + 1} MiB`).join(' | ')} | Δ MiB |`,
);
console.log(`| --- | ${tallies.map(() => '---: | ---:').join(' | ')} | ---: |`);
for (const r of rows)
  console.log(
    `| ${r.label.slice(0, 60)} | ${tallies
      .map((t) => {
        const v = t.get(r.label) ?? { count: 0, bytes: 0 };
        return `${v.count} | ${mib(v.bytes)}`;
      })
      .join(' | ')} | ${r.delta >= 0 ? '+' : ''}${mib(r.delta)} |`,
  );
