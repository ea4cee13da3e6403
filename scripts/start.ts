/**
 * `npm start`: database (DATABASE_URL, or the embedded PostgreSQL), pending migrations, changed
 * launch content, a production build if there is none, then the portal's server on PORT (Next
 * behind its page cache, scripts/serve.ts).
 *
 *   --dev             run `next dev` instead of building
 *   --rebuild         build even if a build exists
 *   --fresh-database  serve a new, empty database that is dropped on exit (end-to-end tests);
 *                     its name is written to PORTAL_E2E_STATE_FILE when that is set
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { markStartupChunks } from '../lib/build/compile-hints';
import { distPath, markServing } from '../lib/build/dist-dir';
import { publicOrigin, readEnv } from '../lib/env';
import { createDatabase, dropDatabases, idleDatabases } from '../lib/db/databases';
import { prepareDatabase } from '../lib/content/prepare';
import { openDatabaseServer, projectRoot } from '../lib/db/provision';
import { describeDatabase, withDatabase } from '../lib/db/url';
import { buildPortal } from './build-portal';
import { runCli } from './cli';

const flags = new Set(process.argv.slice(2));
const nextBin = path.join(projectRoot, 'node_modules', '.bin', 'next');
const log = (line: string) => console.log(`[portal] ${line}`);

runCli(async () => {
  const env = readEnv();
  const fresh = flags.has('--fresh-database');
  const server = fresh
    ? await openDatabaseServer({ env, cluster: 'postgres-test', database: 'postgres', log })
    : await openDatabaseServer({ env, log });
  let url = server.url;
  let dropFresh = async () => {};
  if (fresh) {
    const name = `portal_e2e_${randomBytes(4).toString('hex')}`;
    // When the test runner signals the whole process group, PostgreSQL may stop before we can drop
    // the database on exit; whatever an earlier run left behind is dropped here instead.
    await dropDatabases(server.adminUrl, await idleDatabases(server.adminUrl, 'portal_e2e_'));
    await createDatabase(server.adminUrl, name);
    url = withDatabase(server.url, name);
    dropFresh = () => dropDatabases(server.adminUrl, [name]);
    log(`Fresh database ${name} (dropped on exit).`);
    // Tests that simulate a database outage need to know which database the server uses.
    if (process.env.PORTAL_E2E_STATE_FILE) {
      await writeFile(
        process.env.PORTAL_E2E_STATE_FILE,
        JSON.stringify({ adminUrl: server.adminUrl, database: name }),
        {
          mode: 0o600,
        },
      );
    }
  }
  log(`Database: ${describeDatabase(url)}${server.embedded ? ' (embedded)' : ''}`);

  let child: ChildProcess | undefined;
  let shuttingDown = false;
  const dist = distPath();
  let unmark = () => {};
  const shutdown = async (code: number) => {
    if (shuttingDown) return;
    shuttingDown = true;
    if (child && child.exitCode === null) {
      child.kill('SIGTERM');
      await new Promise((resolve) => child?.once('exit', resolve));
    }
    unmark();
    await dropFresh().catch(() =>
      log(
        'The fresh database could not be dropped now (PostgreSQL is stopping too); the next --fresh-database run drops it.',
      ),
    );
    await server.release();
    log('Stopped.');
    process.exit(code);
  };
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));

  try {
    await prepareDatabase(url, log);
    const dev = flags.has('--dev');
    // Cached pages carry absolute addresses (canonical, hreflang, Open Graph): a build whose cache
    // was filled under another public address is rebuilt, which empties that cache.
    const origin = publicOrigin(env);
    const originFile = path.join(dist, 'portal-origin');
    const buildIdFile = path.join(dist, 'BUILD_ID');
    const buildId = existsSync(buildIdFile) ? readFileSync(buildIdFile, 'utf8').trim() : '';
    // "<build id> <origin>": a newer build than the one recorded starts with an empty cache.
    const [recordedBuild, recordedOrigin] = existsSync(originFile)
      ? readFileSync(originFile, 'utf8').split(' ')
      : [buildId, origin];
    const servedAs = recordedBuild === buildId ? recordedOrigin : origin;
    if (!dev) {
      if (!buildId) {
        log('No production build yet: building …');
        await buildPortal();
      } else if (flags.has('--rebuild') || servedAs !== origin) {
        log(
          servedAs !== origin
            ? `The public address changed (${servedAs} → ${origin}): rebuilding so cached pages carry the new one …`
            : 'Rebuilding (--rebuild) …',
        );
        await buildPortal();
      } else {
        // A build made by a bare `next build` gets the compile hint here (docs/decisions/013).
        await markStartupChunks(dist);
      }
      writeFileSync(originFile, `${readFileSync(buildIdFile, 'utf8').trim()} ${origin}`);
      // Pages and data cached at run time came from another database, which may have said
      // something else (the newsroom tests publish and edit): a fresh database starts uncached.
      if (flags.has('--fresh-database'))
        for (const dir of [
          ['server', 'route-cache'],
          ['cache', 'fetch-cache'],
        ])
          rmSync(path.join(dist, ...dir), { recursive: true, force: true });
    }
    // PORTAL_TRACE_GC=1: the server logs each garbage collection (heap before → after), as
    // `npm run bench:scale` reads it; Node refuses the flag in NODE_OPTIONS
    const gcTrace = process.env.PORTAL_TRACE_GC === '1' ? ['--trace-gc'] : [];
    const childEnv = {
      ...process.env,
      DATABASE_URL: url,
      PORT: String(env.PORT),
      NODE_ENV: dev ? ('development' as const) : ('production' as const),
    };
    // Production: the portal's server (Next behind its page cache, scripts/serve.ts) under node
    // itself; development: Next's own binary, not `npx next` (a signal to npx would not reach it).
    child = dev
      ? spawn(nextBin, ['dev', '-p', String(env.PORT)], { cwd: projectRoot, env: childEnv, stdio: 'inherit' })
      : spawn(process.execPath, [...gcTrace, '--import', 'tsx', path.join('scripts', 'serve.ts')], {
          cwd: projectRoot,
          env: childEnv,
          stdio: 'inherit',
        });
    // a build into this directory would now break this server: builds check for this mark
    if (!dev) unmark = markServing(dist, env.PORT);
    log(
      `Serving on http://localhost:${env.PORT} (Ctrl-C stops the portal${server.embedded ? ' and its database' : ''}).`,
    );
    child.once('exit', (code) => void shutdown(code ?? 1));
  } catch (error) {
    await dropFresh().catch(() => {});
    await server.release();
    throw error;
  }
  // Keep running until a signal or the server's exit calls shutdown().
  await new Promise(() => {});
});
