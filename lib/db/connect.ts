import pg from 'pg';
import { DatabaseUnreachableError, describeDatabase } from './url';

/** A connected node-postgres client, or a DatabaseUnreachableError naming host, port and database. */
export async function connectPg(connectionString: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => {});
    throw new DatabaseUnreachableError(describeDatabase(connectionString), error);
  }
  return client;
}
