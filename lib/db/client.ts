import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient } from './generated/client';

export type Db = InstanceType<typeof PrismaClient>;

/**
 * The one place a Prisma client is made: Rust-free client over node-postgres. A write transaction
 * (a save with its revision, search index and audit entry) may wait up to 10 s for a connection and
 * run up to 20 s: under load on a small machine Prisma's 2 s / 5 s defaults turned slowness into a
 * failed save (seen in the soak, scripts/soak.ts).
 */
export function createPrismaClient(connectionString: string, max = 10): Db {
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString, max }),
    transactionOptions: { maxWait: 10_000, timeout: 20_000 },
  });
}

/** What full-text search needs of a database connection (a pool made by `createSearchPool`). */
export type SearchDb = Pick<pg.Pool, 'query'>;

/**
 * The connections full-text search runs on (docs/decisions/012, "Speed"): plain node-postgres,
 * because its two statements are hot and Prisma's raw-query path adds several milliseconds to
 * each; and sessions that never scan a table sequentially, because PostgreSQL's planner does not
 * count the cost of reading large tsvectors, so for a common word it would scan the table and
 * read every one where the GIN index answers without them. Statements are still built with
 * Prisma.sql, so every value is a bound parameter.
 */
export function createSearchPool(connectionString: string): pg.Pool {
  const pool = new pg.Pool({
    connectionString,
    max: 4,
    connectionTimeoutMillis: 5000,
    options: '-c enable_seqscan=off',
  });
  // an idle connection the server closed (restart, outage) is dropped; the next query reconnects
  pool.on('error', () => {});
  return pool;
}
