import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ContentError } from '@/lib/content/load';
import { connectPg } from '@/lib/db/connect';
import { contentDirectory, prepareDatabase, seedDatabase } from '@/lib/content/prepare';
import { applyMigrations } from '@/lib/db/provision';
import { createTestDatabase, dropTestDatabases } from '../support/databases';

afterAll(dropTestDatabases);

/** Every row of every content table with its xmin: any write, even of equal values, changes it. */
async function snapshot(url: string): Promise<string> {
  const client = await connectPg(url);
  try {
    const tables = (
      await client.query<{ name: string }>(
        `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY 1`,
      )
    ).rows;
    const parts: string[] = [];
    for (const { name } of tables) {
      const rows = await client.query(
        `SELECT xmin::text AS xmin, t::text AS row FROM "${name}" t ORDER BY 2`,
      );
      parts.push(`${name}:${rows.rows.map((r) => `${r.xmin}|${r.row}`).join('\n')}`);
    }
    return parts.join('\n');
  } finally {
    await client.end();
  }
}

async function count(url: string, sql: string): Promise<number> {
  const client = await connectPg(url);
  try {
    return (await client.query(sql)).rows[0].n;
  } finally {
    await client.end();
  }
}

async function contentCopy() {
  const copy = await mkdtemp(path.join(os.tmpdir(), 'content-'));
  await cp(contentDirectory, copy, { recursive: true });
  return copy;
}

describe('launch content seed', () => {
  let url: string;
  beforeAll(async () => {
    url = await createTestDatabase('seed');
    await prepareDatabase(url);
  });

  it('fills an empty database with the launch content', async () => {
    const counts = {
      events: await count(url, 'SELECT count(*)::int AS n FROM events'),
      articles: await count(url, 'SELECT count(*)::int AS n FROM articles'),
      cities: await count(url, 'SELECT count(*)::int AS n FROM cities'),
      countries: await count(url, 'SELECT count(*)::int AS n FROM countries'),
      people: await count(url, 'SELECT count(*)::int AS n FROM people'),
      agreements: await count(url, 'SELECT count(*)::int AS n FROM agreements'),
      sources: await count(url, 'SELECT count(*)::int AS n FROM sources'),
    };
    expect(counts).toEqual({
      events: 2,
      articles: 6,
      cities: 9,
      countries: 10,
      people: 8,
      agreements: 4,
      sources: 5,
    });
    // every report in all three languages, except the 2015 forum report, which has no Vietnamese
    const missing = await count(
      url,
      `SELECT count(*)::int AS n FROM articles a CROSS JOIN unnest(enum_range(NULL::locale)) l
       WHERE NOT EXISTS (SELECT 1 FROM article_translations t WHERE t.article_id = a.id AND t.locale = l)`,
    );
    expect(missing).toBe(1);
    expect(
      await count(
        url,
        `SELECT count(*)::int AS n FROM article_translations WHERE article_id = 'mayors-forum-2015-nanning-consensus' AND locale = 'vi'`,
      ),
    ).toBe(0);
    // the single-source person is flagged; provenance and discrepancies are recorded
    expect(await count(url, `SELECT count(*)::int AS n FROM people WHERE single_source`)).toBe(1);
    expect(await count(url, 'SELECT count(*)::int AS n FROM discrepancies')).toBe(4);
    expect(
      await count(url, `SELECT count(*)::int AS n FROM citations WHERE source_id = 'archyde-2025-01-17'`),
    ).toBeGreaterThan(3);
    expect(
      await count(
        url,
        `SELECT count(*)::int AS n FROM source_reviewers WHERE source_id = 'nnicc-2025-01-17'`,
      ),
    ).toBe(4);
  });

  it('keeps Chinese and Vietnamese text intact', async () => {
    const client = await connectPg(url);
    try {
      const { rows } = await client.query(
        `SELECT locale, name FROM city_translations WHERE city_id = 'lang-son' ORDER BY locale`,
      );
      expect(rows).toEqual([
        { locale: 'zh', name: '谅山市' },
        { locale: 'en', name: 'Lang Son City' },
        { locale: 'vi', name: 'Lạng Sơn' },
      ]);
    } finally {
      await client.end();
    }
  });

  it('writes nothing when it runs again on unchanged files', async () => {
    const before = await snapshot(url);
    const result = await seedDatabase(url);
    expect(result.imported).toEqual([]);
    expect(await snapshot(url)).toBe(before);
  });

  it('re-imports exactly the edited file and applies the edit', async () => {
    const directory = await contentCopy();
    const file = path.join(directory, 'cities.yaml');
    await writeFile(
      file,
      (await readFile(file, 'utf8')).replace('vi: Lạng Sơn }', 'vi: Thành phố Lạng Sơn }'),
    );

    const result = await seedDatabase(url, directory);
    expect(result.imported).toEqual(['cities.yaml']);
    expect(
      await count(
        url,
        `SELECT count(*)::int AS n FROM city_translations WHERE city_id = 'lang-son' AND name = 'Thành phố Lạng Sơn'`,
      ),
    ).toBe(1);
    // articles and everything else were not rewritten
    const again = await seedDatabase(url, directory);
    expect(again.imported).toEqual([]);
  });

  it('refuses an invalid file, naming the file and the field, and changes nothing', async () => {
    const directory = await contentCopy();
    const file = path.join(directory, 'articles', 'gmd-2025-signings.yaml');
    const yaml = await readFile(file, 'utf8');
    // drop the English title and edit another file, which must not be imported either
    await writeFile(file, yaml.replace(/\n {4}title: Fourteen cooperation projects[^\n]*/, ''));
    const people = path.join(directory, 'people.yaml');
    await writeFile(
      people,
      (await readFile(people, 'utf8')).replace('en: Hou Gang', 'en: Hou Gang (edited)'),
    );

    const before = await snapshot(url);
    const attempt = seedDatabase(url, directory);
    await expect(attempt).rejects.toBeInstanceOf(ContentError);
    await expect(attempt).rejects.toThrow('articles/gmd-2025-signings.yaml: translations.en.title:');
    expect(await snapshot(url)).toBe(before);
  });

  it('removes what a deleted file or a removed entry defined', async () => {
    const own = await createTestDatabase('removal');
    await applyMigrations(own);
    const directory = await contentCopy();
    await seedDatabase(own, directory);

    await rm(path.join(directory, 'articles', 'gmd-2025-preview.yaml'));
    const countries = path.join(directory, 'countries.yaml');
    await writeFile(countries, (await readFile(countries, 'utf8')).replace(/- \{ id: singapore[^\n]*\n/, ''));
    // Singapore is still named by an agreement: the removal must fail as a whole, not half-apply.
    await expect(seedDatabase(own, directory)).rejects.toThrow();
    expect(await count(own, `SELECT count(*)::int AS n FROM articles WHERE id = 'gmd-2025-preview'`)).toBe(1);

    const agreements = path.join(directory, 'agreements.yaml');
    await writeFile(
      agreements,
      (await readFile(agreements, 'utf8')).replace(', laos, singapore]', ', laos]'),
    );
    const result = await seedDatabase(own, directory);
    expect(result.removed.sort()).toEqual(['gmd-2025-preview', 'singapore']);
    expect(await count(own, `SELECT count(*)::int AS n FROM articles WHERE id = 'gmd-2025-preview'`)).toBe(0);
    expect(await count(own, `SELECT count(*)::int AS n FROM countries WHERE id = 'singapore'`)).toBe(0);
  });

  it('imports once when several instances seed the same empty database at the same time', async () => {
    const own = await createTestDatabase('concurrent');
    await applyMigrations(own);
    const results = await Promise.all([seedDatabase(own), seedDatabase(own), seedDatabase(own)]);

    const importedBy = results.filter((r) => r.imported.length > 0);
    expect(importedBy).toHaveLength(1);
    expect(await count(own, 'SELECT count(*)::int AS n FROM articles')).toBe(6);
  });
});
