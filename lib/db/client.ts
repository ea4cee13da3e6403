import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient } from './generated/client';

export type Db = InstanceType<typeof PrismaClient>;

/** The one place a Prisma client is made: Rust-free client over node-postgres. */
export function createPrismaClient(connectionString: string, max = 10): Db {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max }) });
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
