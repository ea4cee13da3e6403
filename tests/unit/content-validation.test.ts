import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentError, loadContent } from '@/lib/content/load';

const contentDirectory = path.join(import.meta.dirname, '..', '..', 'content');

async function brokenCopy(file: string, edit: (text: string) => string) {
  const copy = await mkdtemp(path.join(os.tmpdir(), 'content-'));
  await cp(contentDirectory, copy, { recursive: true });
  const target = path.join(copy, file);
  await writeFile(target, edit(await readFile(target, 'utf8')));
  return copy;
}

async function problemsOf(directory: string) {
  const error = await loadContent(directory).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ContentError);
  return (error as ContentError).problems.map((p) => `${p.file}: ${p.field}: ${p.message}`);
}

describe('launch content files', () => {
  it('are all valid, and reference only things that exist', async () => {
    const bundle = await loadContent(contentDirectory);
    expect(bundle.articles).toHaveLength(6);
    expect(bundle.events).toHaveLength(2);
    expect(bundle.files.length).toBeGreaterThanOrEqual(13);
  });

  it('a missing English title names the file and the field', async () => {
    const directory = await brokenCopy('articles/gmd-2025-opening.yaml', (t) =>
      t.replace(/\n {4}title: "Opening day[^\n]*/, ''),
    );
    expect(await problemsOf(directory)).toEqual([
      'articles/gmd-2025-opening.yaml: translations.en.title: is required',
    ]);
  });

  it('an unknown reference names the entry and what it points to', async () => {
    const directory = await brokenCopy('people.yaml', (t) => t.replace('city: lang-son', 'city: hanoi'));
    expect(await problemsOf(directory)).toEqual([
      'people.yaml: [2] (id nguyen-van-hanh).city: unknown city "hanoi"',
    ]);
  });

  it('a YAML syntax error names the line', async () => {
    const directory = await brokenCopy('countries.yaml', (t) => t.replace('{ id: laos', '{ id: laos: x'));
    const [problem] = await problemsOf(directory);
    expect(problem).toMatch(/^countries\.yaml: line 4: /);
  });

  it('a paragraph in a language the article lacks is refused', async () => {
    const directory = await brokenCopy('articles/mayors-forum-2015-nanning-consensus.yaml', (t) =>
      t.replace('  - key: p6\n', '  - key: p6\n    vi: Bài này không có bản tiếng Việt.\n'),
    );
    expect(await problemsOf(directory)).toEqual([
      'articles/mayors-forum-2015-nanning-consensus.yaml: paragraphs[5].vi: text in vi but the article has no vi translation',
    ]);
  });

  it('two articles may not share a slug in one language', async () => {
    const directory = await brokenCopy('articles/gmd-2025-preview.yaml', (t) =>
      t.replace('slug: global-mayors-dialogue-nanning-opens', 'slug: mayors-release-nanning-initiative'),
    );
    const problems = await problemsOf(directory);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /translations\.en\.slug: "mayors-release-nanning-initiative" is already used by articles\/gmd-2025-/,
    );
  });
});

describe('dates against sources', () => {
  it('refuses a report published before the release it is based on, naming file, field and source', async () => {
    const directory = await brokenCopy('articles/gmd-2025-nanning-initiative.yaml', (t) =>
      t.replace(/publishedAt: "2025-01-17T21:50:00\+08:00"/u, 'publishedAt: "2025-01-16T22:00:00+08:00"'),
    );
    expect(await problemsOf(directory)).toEqual([
      'articles/gmd-2025-nanning-initiative.yaml: translations.zh.publishedAt: 2025-01-16T22:00:00+08:00 is before source "nnicc-2025-01-17" (its source) was released (2025-01-17T21:14:00+08:00)',
    ]);
  });

  it('refuses a report published before a source its paragraphs name, known only to the day', async () => {
    // the preview (15 January) quoting Archyde, released on 17 January
    const directory = await brokenCopy('articles/gmd-2025-preview.yaml', (t) =>
      t.replace(
        /\n {4}en: According to a preview/u,
        '\n    en: Archyde later wrote that, according to a preview',
      ),
    );
    const problems = await problemsOf(directory);
    expect(problems).toHaveLength(3);
    expect(problems[0]).toBe(
      'articles/gmd-2025-preview.yaml: translations.zh.publishedAt: 2025-01-15T18:30:00+08:00 is before source "archyde-2025-01-17" (named in paragraph p2) was released (2025-01-17)',
    );
  });

  it('accepts a report published on the day a source known only to the day was released', async () => {
    const directory = await brokenCopy('articles/gmd-2025-opening.yaml', (t) =>
      t.replaceAll('2025-01-17T21:40:00+08:00', '2025-01-17T21:14:00+08:00'),
    );
    await expect(loadContent(directory)).resolves.toBeTruthy();
  });
});
