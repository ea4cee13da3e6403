import path from 'node:path';
import { loadContent } from '../content/load';
import { seedContent, type SeedResult } from '../content/seed';
import type { MigrationResult } from './migrate';
import { createPrismaClient } from './client';
import { applyMigrations, projectRoot } from './provision';

export const contentDirectory = path.join(projectRoot, 'content');

/** Validates content/ and writes the files that changed. Nothing is written if any file is invalid. */
export async function seedDatabase(url: string, directory = contentDirectory): Promise<SeedResult> {
  const bundle = await loadContent(directory);
  const db = createPrismaClient(url);
  try {
    return await seedContent(db, bundle);
  } finally {
    await db.$disconnect();
  }
}

/** What start-up does to any database: pending migrations, then changed launch content. */
export async function prepareDatabase(
  url: string,
  log: (line: string) => void = () => {},
): Promise<{ migrations: MigrationResult; seed: SeedResult }> {
  const migrations = await applyMigrations(url);
  log(
    migrations.applied.length
      ? `Applied ${migrations.applied.length} migration(s): ${migrations.applied.join(', ')}`
      : `Migrations: up to date (${migrations.alreadyApplied.length} applied).`,
  );
  const seed = await seedDatabase(url);
  log(
    seed.imported.length
      ? `Imported content: ${seed.imported.join(', ')}${seed.removed.length ? `; removed ${seed.removed.join(', ')}` : ''}`
      : `Content: up to date (${seed.unchanged.length} files).`,
  );
  return { migrations, seed };
}
