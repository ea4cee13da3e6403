// `prisma generate` without network access. The Prisma 7 CLI downloads its schema engine at the
// start of every command, generate included, and fails offline; when PRISMA_SCHEMA_ENGINE_BINARY
// names an existing file it skips the download. `generate` never runs that engine, so any
// existing file will do (docs/decisions/003-migrations.md). On a machine with internet access
// and a real engine, set the variable yourself and it is left alone.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const env = { ...process.env };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= fileURLToPath(new URL('../package.json', import.meta.url));
env.PRISMA_HIDE_UPDATE_MESSAGE = '1';
const result = spawnSync('npx', ['--no-install', 'prisma', 'generate'], { stdio: 'inherit', env });
process.exit(result.status ?? 1);
