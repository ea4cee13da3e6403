import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/client';

export type Db = InstanceType<typeof PrismaClient>;

/** The one place a Prisma client is made: Rust-free client over node-postgres. */
export function createPrismaClient(connectionString: string, max = 10): Db {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max }) });
}

/**
 * A client for full-text search (docs/decisions/012, "Speed"): its sessions never scan a table
 * sequentially. PostgreSQL's planner does not count the cost of reading large tsvectors, so for a
 * common word it would scan the table and read every one, where the GIN index answers without them.
 */
export function createSearchClient(connectionString: string): Db {
  const url = new URL(connectionString);
  const options = url.searchParams.get('options');
  url.searchParams.set('options', `${options ? `${options} ` : ''}-c enable_seqscan=off`);
  return createPrismaClient(url.toString(), 4);
}
