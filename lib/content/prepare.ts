import path from 'node:path';
import { loadContent } from './load';
import { seedContent, type SeedResult } from './seed';
import { reindexAll, reindexEntities } from '../search/index';
import type { MigrationResult } from '../db/migrate';
import { createPrismaClient } from '../db/client';
import { applyMigrations, projectRoot } from '../db/provision';

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
  const indexed = await refreshSearch(url, seed.imported.length > 0 || seed.removed.length > 0);
  if (indexed !== null) log(`Search index: ${indexed} documents.`);
  return { migrations, seed };
}

/**
 * Rebuilds the search index when the content changed or the index is empty (a new database), and
 * the glossary's pages and sounds when the sounds are missing (a database from before them).
 */
async function refreshSearch(url: string, contentChanged: boolean): Promise<number | null> {
  const db = createPrismaClient(url);
  try {
    const [{ empty, soundless }] = await db.$queryRaw<[{ empty: boolean; soundless: boolean }]>`
      SELECT NOT EXISTS (SELECT 1 FROM search_documents) AS empty,
             NOT EXISTS (SELECT 1 FROM search_sounds)
               AND EXISTS (SELECT 1 FROM search_documents WHERE kind <> 'article') AS soundless`;
    if (!contentChanged && !empty && !soundless) return null;
    // one instance at a time (several may start together)
    return await db.$transaction(
      async (tx) => {
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(72707371)`;
        return contentChanged || empty ? reindexAll(tx) : reindexEntities(tx);
      },
      { timeout: 120_000, maxWait: 60_000 },
    );
  } finally {
    await db.$disconnect();
  }
}
