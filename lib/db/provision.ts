import path from 'node:path';
import { readEnv, type Env } from '../env';
import { connectPg } from './connect';
import { ensureDatabase } from './databases';
import { startEmbeddedPostgres } from './embedded';
import { migrate, readMigrations, type MigrationResult } from './migrate';
import { describeDatabase } from './url';

export const projectRoot = path.resolve(import.meta.dirname, '..', '..');
export const migrationsDirectory = path.join(projectRoot, 'prisma', 'migrations');

export type DatabaseServer = {
  /** URL of the database the portal uses */
  url: string;
  /** URL of a maintenance database on the same server (to create/drop databases) */
  adminUrl: string;
  /** "host:port/db" for messages, without credentials */
  description: string;
  embedded: boolean;
  release(): Promise<void>;
};

/**
 * DATABASE_URL when it is set; otherwise the embedded PostgreSQL whose data lives in
 * PORTAL_DATA_DIR (default .data/) under `cluster`.
 */
export async function openDatabaseServer(
  options: { env?: Env; cluster?: string; database?: string; log?: (line: string) => void } = {},
): Promise<DatabaseServer> {
  const env = options.env ?? readEnv();
  if (env.DATABASE_URL) {
    const adminUrl = new URL(env.DATABASE_URL);
    adminUrl.pathname = '/postgres';
    return {
      url: env.DATABASE_URL,
      adminUrl: adminUrl.toString(),
      description: describeDatabase(env.DATABASE_URL),
      embedded: false,
      release: async () => {},
    };
  }
  const server = await startEmbeddedPostgres({
    directory: path.resolve(projectRoot, env.PORTAL_DATA_DIR, options.cluster ?? 'postgres'),
    preferredPort: env.EMBEDDED_PG_PORT,
    log: options.log,
  });
  const database = options.database ?? 'portal';
  try {
    await ensureDatabase(server.urlFor('postgres'), database);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return {
    url: server.urlFor(database),
    adminUrl: server.urlFor('postgres'),
    description: describeDatabase(server.urlFor(database)),
    embedded: true,
    release: () => server.stop(),
  };
}

export async function applyMigrations(url: string): Promise<MigrationResult> {
  const client = await connectPg(url);
  try {
    return await migrate(client, await readMigrations(migrationsDirectory));
  } finally {
    await client.end();
  }
}
