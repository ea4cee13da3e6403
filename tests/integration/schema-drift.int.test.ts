import { cp, readFile, writeFile, mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { connectPg } from '@/lib/db/connect';
import { migrate, readMigrations } from '@/lib/db/migrate';
import { migrationsDirectory, projectRoot } from '@/lib/db/provision';
import { actualShape, compareShapes, expectedShape, readDatamodel } from '../support/schema-drift';
import { createTestDatabase, dropTestDatabases } from '../support/databases';

afterAll(dropTestDatabases);

async function shapeAfterMigrating(directory: string) {
  const client = await connectPg(await createTestDatabase('drift'));
  try {
    await migrate(client, await readMigrations(directory));
    return await actualShape(client);
  } finally {
    await client.end();
  }
}

describe('schema drift', () => {
  it('the committed migrations produce exactly the database schema.prisma describes', async () => {
    const expected = expectedShape(readDatamodel(projectRoot));
    const problems = compareShapes(expected, await shapeAfterMigrating(migrationsDirectory));
    expect(problems).toEqual([]);
    // the comparison really covered the schema
    expect(expected.tables.size).toBeGreaterThan(40);
    expect(expected.indexes.size).toBeGreaterThan(60);
    expect(expected.foreignKeys.size).toBeGreaterThan(50);
  });

  it('a column missing from a migration is reported as drift', async () => {
    const copy = await mkdtemp(path.join(os.tmpdir(), 'migrations-'));
    await cp(migrationsDirectory, copy, { recursive: true });
    const [first] = await readMigrations(copy);
    const file = path.join(copy, first!.name, 'migration.sql');
    const sql = await readFile(file, 'utf8');
    await writeFile(file, sql.replace('    "standfirst" TEXT NOT NULL,\n', ''));

    const problems = compareShapes(
      expectedShape(readDatamodel(projectRoot)),
      await shapeAfterMigrating(copy),
    );
    expect(problems).toEqual(['column article_translations.standfirst is missing from the database']);
  });

  it('a changed default, nullability or index is reported as drift', async () => {
    const copy = await mkdtemp(path.join(os.tmpdir(), 'migrations-'));
    await cp(migrationsDirectory, copy, { recursive: true });
    const [first] = await readMigrations(copy);
    const file = path.join(copy, first!.name, 'migration.sql');
    const sql = (await readFile(file, 'utf8'))
      .replace(
        `"status" "translation_status" NOT NULL DEFAULT 'draft'`,
        `"status" "translation_status" DEFAULT 'published'`,
      )
      .replace(/CREATE INDEX "cities_country_id_idx"[^\n]*\n/, '');
    await writeFile(file, sql);

    const problems = compareShapes(
      expectedShape(readDatamodel(projectRoot)),
      await shapeAfterMigrating(copy),
    );
    expect(problems).toEqual([
      'column article_translations.status: nullable in the database, NOT NULL in schema.prisma',
      "column article_translations.status: default 'published'::translation_status in the database, 'draft'::translation_status in schema.prisma",
      'index missing from the database: cities.cities_country_id_idx index(country_id)',
    ]);
  });
});
