/**
 * V8's explicit compile hint (Chrome 136 and later): when a script's first line is this comment,
 * V8 compiles all its functions eagerly on a background thread while the file streams in, instead of
 * lazily on the main thread the first time each is called. Next's start-up chunks (React DOM, the
 * router, the Turbopack runtime) run almost entirely on every page load, so their lazy compilation
 * was most of the main thread's JavaScript time; other browsers ignore the comment
 * (docs/decisions/013).
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';

export const compileHint = '//# allFunctionsCalledOnLoad';

/** The script with the hint as its first line; a script that already has it is returned as it is. */
export function withCompileHint(source: string): string {
  return source.startsWith(`${compileHint}\n`) ? source : `${compileHint}\n${source}`;
}

const buildManifest = z.object({ rootMainFiles: z.array(z.string()).min(1) });

/**
 * The chunks every App Router page loads at start-up, read from Next's build manifest. A manifest
 * without them means Next changed its output: fail the build rather than silently lose the hint.
 */
export function startupChunks(manifest: unknown): string[] {
  const parsed = buildManifest.safeParse(manifest);
  if (!parsed.success)
    throw new Error(
      'build-manifest.json has no "rootMainFiles": the start-up chunks cannot be found (docs/decisions/013).',
    );
  const files = parsed.data.rootMainFiles.filter((file) => /^static\/chunks\/[^/]+\.js$/.test(file));
  if (files.length === 0)
    throw new Error('build-manifest.json lists no start-up JavaScript under static/chunks/.');
  return files;
}

/** Adds the hint to the start-up chunks of the build in `distDir`; returns the files it covers. */
export async function markStartupChunks(distDir: string): Promise<string[]> {
  const manifestFile = path.join(distDir, 'build-manifest.json');
  const files = startupChunks(JSON.parse(await readFile(manifestFile, 'utf8')));
  for (const file of files) {
    const target = path.join(distDir, file);
    const source = await readFile(target, 'utf8');
    const marked = withCompileHint(source);
    // The file keeps its hashed name: the same original always becomes the same bytes, so the
    // immutable caching of /_next/static stays correct.
    if (marked !== source) await writeFile(target, marked);
  }
  return files;
}
