import { defineConfig } from 'prisma/config';

// The datasource URL is only needed by Prisma CLI commands that talk to a database
// (`prisma migrate status` on a machine that can download the engine). The app itself
// connects through lib/db/client.ts.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://localhost/unused' },
});
