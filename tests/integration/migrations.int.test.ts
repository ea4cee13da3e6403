import { cp, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { connectPg } from '@/lib/db/connect';
import { checksumOf, migrate, MigrationError, readMigrations } from '@/lib/db/migrate';
import { migrationsDirectory } from '@/lib/db/provision';
import { createTestDatabase, dropTestDatabases } from '../support/databases';

afterAll(dropTestDatabases);

async function copyOfMigrations() {
  const copy = await mkdtemp(path.join(os.tmpdir(), 'migrations-'));
  await cp(migrationsDirectory, copy, { recursive: true });
  return copy;
}

async function withClient<T>(
  url: string,
  work: (client: Awaited<ReturnType<typeof connectPg>>) => Promise<T>,
) {
  const client = await connectPg(url);
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

describe('migration runner', () => {
  it('applies every migration once and records it the way Prisma does', async () => {
    const url = await createTestDatabase('migrate');
    const migrations = await readMigrations(migrationsDirectory);
    const first = await withClient(url, (c) => migrate(c, migrations));
    const second = await withClient(url, (c) => migrate(c, migrations));

    expect(first.applied).toEqual(migrations.map((m) => m.name));
    expect(second).toEqual({ applied: [], alreadyApplied: migrations.map((m) => m.name) });
    const rows = await withClient(
      url,
      async (c) =>
        (
          await c.query(
            'SELECT migration_name, checksum, finished_at, applied_steps_count, rolled_back_at FROM _prisma_migrations',
          )
        ).rows,
    );
    expect(rows).toHaveLength(migrations.length);
    const sql = await readFile(path.join(migrationsDirectory, migrations[0]!.name, 'migration.sql'), 'utf8');
    expect(rows[0]).toMatchObject({
      migration_name: migrations[0]!.name,
      checksum: checksumOf(sql),
      applied_steps_count: 1,
      rolled_back_at: null,
    });
    expect(rows[0].finished_at).toBeInstanceOf(Date);
    expect(rows[0].checksum).toMatch(/^[0-9a-f]{64}$/);
  });

  it('is safe when several processes migrate the same database at once', async () => {
    const url = await createTestDatabase('race');
    const migrations = await readMigrations(migrationsDirectory);
    const results = await Promise.all([1, 2, 3, 4].map(() => withClient(url, (c) => migrate(c, migrations))));

    expect(results.flatMap((r) => r.applied)).toEqual(migrations.map((m) => m.name));
    const count = await withClient(
      url,
      async (c) => (await c.query('SELECT count(*)::int AS n FROM _prisma_migrations')).rows[0].n,
    );
    expect(count).toBe(migrations.length);
  });

  it('refuses a migration file that was edited after it was applied, naming the file', async () => {
    const url = await createTestDatabase('edited');
    const directory = await copyOfMigrations();
    await withClient(url, async (c) => migrate(c, await readMigrations(directory)));
    const [first] = await readMigrations(directory);
    const file = path.join(directory, first!.name, 'migration.sql');
    await writeFile(file, `${await readFile(file, 'utf8')}\n-- an innocent-looking edit\n`);

    const attempt = withClient(url, async (c) => migrate(c, await readMigrations(directory)));
    await expect(attempt).rejects.toBeInstanceOf(MigrationError);
    await expect(attempt).rejects.toThrow(
      `prisma/migrations/${first!.name}/migration.sql was changed after it was applied`,
    );
  });

  it('rolls a failing migration back completely and records nothing for it', async () => {
    const url = await createTestDatabase('failing');
    const directory = await copyOfMigrations();
    const broken = path.join(directory, '29991231000000_broken');
    await mkdir(broken);
    await writeFile(
      path.join(broken, 'migration.sql'),
      'CREATE TABLE "half_done" (id int);\nSELECT * FROM "no_such_table";\n',
    );

    const attempt = withClient(url, async (c) => migrate(c, await readMigrations(directory)));
    await expect(attempt).rejects.toThrow(
      /29991231000000_broken failed and was rolled back: .*no_such_table/,
    );
    const state = await withClient(url, async (c) => ({
      table: (await c.query(`SELECT to_regclass('public.half_done') AS t`)).rows[0].t,
      recorded: (
        await c.query(`SELECT migration_name FROM _prisma_migrations ORDER BY migration_name`)
      ).rows.map((r) => r.migration_name),
    }));
    expect(state.table).toBeNull();
    expect(state.recorded).toEqual((await readMigrations(migrationsDirectory)).map((m) => m.name));
  });
});
