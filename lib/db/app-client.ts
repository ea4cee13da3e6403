import 'server-only';
import { createPrismaClient, createSearchClient, type Db } from './client';

const globalForDb = globalThis as unknown as { portalDb?: Db; searchDb?: Db };

/**
 * The app's Prisma client, created on first use so that `next build` needs no database.
 * `npm start` passes DATABASE_URL (the embedded PostgreSQL's when none was configured).
 */
export function appDb(): Db {
  globalForDb.portalDb ??= createPrismaClient(databaseUrl());
  return globalForDb.portalDb;
}

/** The client search queries use (index scans only: lib/db/client.ts). */
export function searchDb(): Db {
  globalForDb.searchDb ??= createSearchClient(databaseUrl());
  return globalForDb.searchDb;
}

function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set: start the portal with `npm start`, which provides it.');
  return url;
}
