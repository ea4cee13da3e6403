import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Where a build lives, and who is serving it. `npm start` serves `.next`; the tests build and serve
 * `.next-test`, the measuring scripts `.next-measure` (PORTAL_DIST_DIR), so neither ever rebuilds
 * the directory a running portal serves — a build in place leaves that server answering pages
 * whose chunks are gone and server actions "not found". Each running server of the checkout
 * leaves a file `<dist>/portal-servers/<pid>.json`; a build into a directory with a live one is
 * refused (docs/decisions/015).
 */

export class BuildInUseError extends Error {
  override name = 'BuildInUseError';
}

const root = path.resolve(import.meta.dirname, '..', '..');

/** The build directory's name, relative to the checkout: `.next` unless PORTAL_DIST_DIR says. */
export function distDirName(env: Record<string, string | undefined> = process.env): string {
  const name = env.PORTAL_DIST_DIR?.trim() || '.next';
  if (!/^\.?[A-Za-z0-9][A-Za-z0-9_-]*$/.test(name))
    throw new Error(
      `Invalid environment: PORTAL_DIST_DIR: a folder name in the checkout, such as .next-test (got "${name}")`,
    );
  return name;
}

export const distPath = (env: Record<string, string | undefined> = process.env) =>
  path.join(root, distDirName(env));

const serversDir = (dist: string) => path.join(dist, 'portal-servers');

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Servers of this checkout serving the build in `dist` right now (stale files are removed). */
export function serversUsing(dist: string): Array<{ pid: number; port: number }> {
  let files: string[];
  try {
    files = readdirSync(serversDir(dist));
  } catch {
    return [];
  }
  const live: Array<{ pid: number; port: number }> = [];
  for (const file of files) {
    const pid = Number(path.basename(file, '.json'));
    if (Number.isInteger(pid) && pid !== process.pid && alive(pid)) {
      try {
        const { port } = JSON.parse(readFileSync(path.join(serversDir(dist), file), 'utf8')) as {
          port: number;
        };
        live.push({ pid, port });
      } catch {
        live.push({ pid, port: 0 });
      }
    } else if (pid !== process.pid) rmSync(path.join(serversDir(dist), file), { force: true });
  }
  return live;
}

/** Refuses, in one line, to build into a directory a running server of this checkout serves. */
export function assertNotServed(dist: string): void {
  const [server] = serversUsing(dist);
  if (server)
    throw new BuildInUseError(
      `The portal running as process ${server.pid}${server.port ? ` on port ${server.port}` : ''} serves the build in ${path.relative(root, dist)}; building there would break it. Stop it first, or build elsewhere with PORTAL_DIST_DIR=.next-other.`,
    );
}

/** Marks `dist` as served by this process until the returned function is called. */
export function markServing(dist: string, port: number): () => void {
  mkdirSync(serversDir(dist), { recursive: true });
  const file = path.join(serversDir(dist), `${process.pid}.json`);
  writeFileSync(file, JSON.stringify({ port, startedAt: new Date().toISOString() }));
  return () => rmSync(file, { force: true });
}
