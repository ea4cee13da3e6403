/**
 * For measuring scripts that compare this checkout with an earlier commit in one run
 * (`npm run lighthouse -- --against REV`): the commit's files in a temporary folder, this
 * checkout's node_modules hard-linked beside them (no download; a commit whose dependencies differ
 * should be measured from its own `npm ci` instead), its Prisma client generated from its own
 * schema, and its own production build made by its own build script.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { projectRoot } from '../lib/db/provision';

export type Checkout = { rev: string; short: string; root: string; remove: () => void };

function run(root: string, command: string, args: string[]) {
  const done = spawnSync(command, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  if (done.status !== 0) throw new Error(`${command} ${args.join(' ')} failed in ${root}`);
}

export function checkoutAndBuild(rev: string): Checkout {
  const full = execFileSync('git', ['rev-parse', '--verify', `${rev}^{commit}`], {
    cwd: projectRoot,
    encoding: 'utf8',
  }).trim();
  const short = full.slice(0, 7);
  const root = path.join(tmpdir(), `portal-at-${short}`);
  const remove = () => rmSync(root, { recursive: true, force: true });
  if (!existsSync(path.join(root, '.next', 'BUILD_ID'))) {
    remove();
    mkdirSync(root, { recursive: true });
    console.log(`Checking out ${short} in ${root} …`);
    execFileSync('sh', ['-c', `git archive ${full} | tar -x -C '${root}'`], { cwd: projectRoot });
    run(root, 'cp', ['-al', path.join(projectRoot, 'node_modules'), path.join(root, 'node_modules')]);
    run(root, 'node', ['scripts/prisma-generate.mjs']);
    console.log(`Building ${short} with its own build script …`);
    run(root, path.join(root, 'node_modules', '.bin', 'tsx'), [
      '--eval',
      "import('./scripts/build-portal.ts').then((m) => m.buildPortal())",
    ]);
  } else console.log(`Using the build of ${short} already in ${root}.`);
  return { rev: full, short, root, remove };
}
