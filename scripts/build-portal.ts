/**
 * The production build: `next build`, then V8's compile hint on the start-up chunks
 * (lib/build/compile-hints.ts). `npm run build`, `npm start`, `npm test` and the measuring scripts
 * all build through here, so a build is the same whichever command made it.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { markStartupChunks } from '../lib/build/compile-hints';
import { assertNotServed, distPath } from '../lib/build/dist-dir';
import { projectRoot } from '../lib/db/provision';

/** Builds into the directory PORTAL_DIST_DIR names (.next by default), never one being served. */
export async function buildPortal(): Promise<void> {
  const dist = distPath();
  assertNotServed(dist);
  const child = spawn(path.join(projectRoot, 'node_modules', '.bin', 'next'), ['build'], {
    cwd: projectRoot,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const code = await new Promise<number>((resolve) => child.once('exit', (c) => resolve(c ?? 1)));
  if (code !== 0) throw new Error(`next build exited with ${code}`);
  const files = await markStartupChunks(dist);
  console.log(`Compile hint added to ${files.length} start-up chunks.`);
}
