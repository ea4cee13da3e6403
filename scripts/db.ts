/**
 * npm run db:migrate | db:seed | db:setup — against DATABASE_URL, or the embedded PostgreSQL.
 *   migrate  apply pending migrations from prisma/migrations
 *   seed     validate content/ and import the files that changed
 *   setup    both (what `npm start` does before serving)
 */
import { prepareDatabase, seedDatabase } from '../lib/content/prepare';
import { applyMigrations, openDatabaseServer } from '../lib/db/provision';
import { runCli } from './cli';

const command = process.argv[2];

runCli(async () => {
  if (!['migrate', 'seed', 'setup'].includes(command ?? '')) {
    throw new Error(`Usage: tsx scripts/db.ts migrate|seed|setup (got "${command ?? ''}")`);
  }
  const server = await openDatabaseServer({ log: console.log });
  try {
    console.log(`Database: ${server.description}`);
    if (command === 'migrate') {
      const result = await applyMigrations(server.url);
      console.log(result.applied.length ? `Applied: ${result.applied.join(', ')}` : 'No pending migrations.');
    } else if (command === 'seed') {
      const result = await seedDatabase(server.url);
      console.log(
        result.imported.length
          ? `Imported: ${result.imported.join(', ')}`
          : 'Content unchanged; nothing written.',
      );
      if (result.removed.length) console.log(`Removed: ${result.removed.join(', ')}`);
    } else {
      await prepareDatabase(server.url, console.log);
    }
  } finally {
    await server.release();
  }
});
