import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { ContentError, loadContent } from '@/lib/content/load';

/**
 * Generated broken content (fast-check, seeded, 1,000 runs): any value of any launch content file
 * replaced by something of the wrong kind is refused, and the refusal names that file and the
 * field that was broken — what an editor needs to find the mistake.
 */
const contentDirectory = path.join(import.meta.dirname, '..', '..', 'content');
const files = [
  'people.yaml',
  'cities.yaml',
  'agreements.yaml',
  'sources.yaml',
  'articles/gmd-2025-opening.yaml',
  'events/global-mayors-dialogue-nanning-2025.yaml',
];

type Leaf = { path: Array<string | number>; value: unknown };
function leaves(value: unknown, at: Array<string | number> = []): Leaf[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, [...at, i]));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => leaves(v, [...at, k]));
  return [{ path: at, value }];
}

let copy = '';
const originals = new Map<string, { text: string; data: unknown; leaves: Leaf[] }>();
beforeAll(async () => {
  copy = await mkdtemp(path.join(os.tmpdir(), 'content-property-'));
  await cp(contentDirectory, copy, { recursive: true });
  for (const file of files) {
    const text = await readFile(path.join(contentDirectory, file), 'utf8');
    const data = parse(text) as unknown;
    originals.set(file, { text, data, leaves: leaves(data) });
  }
});
afterAll(() => rm(copy, { recursive: true, force: true }));

describe('content files', () => {
  it('refuse any value of the wrong kind, naming the file and the field', async () => {
    const wrong = fc.constantFrom<unknown>({ unexpected: true }, [{ nested: [] }]);
    const broken = fc.constantFrom(...files).chain((file) =>
      fc.record({
        file: fc.constant(file),
        leaf: fc.constantFrom(...originals.get(file)!.leaves),
        value: wrong,
      }),
    );
    await fc.assert(
      fc.asyncProperty(broken, async ({ file, leaf, value }) => {
        const original = originals.get(file)!;
        const data = structuredClone(original.data) as Record<string | number, unknown>;
        let parent: Record<string | number, unknown> = data;
        for (const key of leaf.path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
        parent[leaf.path.at(-1)!] = value;
        await writeFile(path.join(copy, file), stringify(data));
        try {
          const error = await loadContent(copy).then(
            () => null,
            (e: unknown) => e,
          );
          expect(error, `${file}: ${leaf.path.join('.')}`).toBeInstanceOf(ContentError);
          const problems = (error as ContentError).problems;
          expect(problems.every((p) => p.file === file)).toBe(true);
          // the loader's way of naming a field: "translations.en.title", "[0].id", "paragraphs[2].zh"
          const field = leaf.path
            .map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`))
            .join('');
          const within = (outer: string, inner: string) =>
            inner === outer || inner.startsWith(`${outer}.`) || inner.startsWith(`${outer}[`);
          expect(
            problems
              // entries are named with their id too: "[0] (id nong-shengwen).statements[0]"
              .map((p) => p.field.replace(/ \(id [^)]*\)/g, ''))
              .some((named) => within(named, field) || within(field, named)),
            `${file}: ${field} → ${problems.map((p) => p.field).join(', ')}`,
          ).toBe(true);
        } finally {
          await writeFile(path.join(copy, file), original.text);
        }
      }),
      { numRuns: 1000, seed: 20261202 },
    );
  }, 120_000);
});
