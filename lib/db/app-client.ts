import 'server-only';
import { createPrismaClient, type Db } from './client';

const globalForDb = globalThis as unknown as { portalDb?: Db };

/**
 * The app's Prisma client, created on first use so that `next build` needs no database.
 * `npm start` passes DATABASE_URL (the embedded PostgreSQL's when none was configured).
 */
export function appDb(): Db {
  if (!globalForDb.portalDb) {
    const url = process.env.DATABASE_URL;
    if (!url)
      throw new Error('DATABASE_URL is not set: start the portal with `npm start`, which provides it.');
    globalForDb.portalDb = createPrismaClient(url);
  }
  return globalForDb.portalDb;
}
