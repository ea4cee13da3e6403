import 'server-only';
import type pg from 'pg';
import { createPrismaClient, createSearchPool, type Db } from './client';

const globalForDb = globalThis as unknown as { portalDb?: Db; searchPool?: pg.Pool };

/**
 * The app's Prisma client, created on first use so that `next build` needs no database.
 * `npm start` passes DATABASE_URL (the embedded PostgreSQL's when none was configured).
 */
export function appDb(): Db {
  globalForDb.portalDb ??= createPrismaClient(databaseUrl());
  return globalForDb.portalDb;
}

/** The connections search queries use (lib/db/client.ts). */
export function searchPool(): pg.Pool {
  globalForDb.searchPool ??= createSearchPool(databaseUrl());
  return globalForDb.searchPool;
}

function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set: start the portal with `npm start`, which provides it.');
  return url;
}
