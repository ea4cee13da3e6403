import { connectPg } from './connect';

/** Database names come from this code, never from users; quoting still keeps them safe. */
const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`;

async function onServer<T>(
  adminUrl: string,
  work: (client: Awaited<ReturnType<typeof connectPg>>) => Promise<T>,
) {
  const client = await connectPg(adminUrl);
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export function createDatabase(adminUrl: string, name: string): Promise<void> {
  return onServer(adminUrl, async (c) => void (await c.query(`CREATE DATABASE ${quoted(name)}`)));
}

export function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  return onServer(adminUrl, async (c) => {
    const { rowCount } = await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await c.query(`CREATE DATABASE ${quoted(name)}`);
  });
}

/** Drops databases even if connections are still open (test databases). */
export function dropDatabases(adminUrl: string, names: string[]): Promise<void> {
  return onServer(adminUrl, async (c) => {
    for (const name of names) await c.query(`DROP DATABASE IF EXISTS ${quoted(name)} WITH (FORCE)`);
  });
}

/** Names of databases with this prefix that nobody is connected to (left over by killed runs). */
export function idleDatabases(adminUrl: string, prefix: string): Promise<string[]> {
  return onServer(adminUrl, async (c) => {
    const { rows } = await c.query<{ datname: string }>(
      `SELECT datname FROM pg_database d WHERE starts_with(datname, $1)
         AND NOT EXISTS (SELECT 1 FROM pg_stat_activity a WHERE a.datname = d.datname)`,
      [prefix],
    );
    return rows.map((r) => r.datname);
  });
}
