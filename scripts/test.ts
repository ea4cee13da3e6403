/**
 * `npm test`: every layer, in order, each timed; a summary at the end; non-zero exit if any failed.
 *   typecheck → lint → unit → integration (real PostgreSQL) → the import on the releases the newsroom
 *   received (../shared/releases, when that folder is there) → production build → a browser →
 *   end-to-end → soak (the cluster shape under readers, editors and faults, one minute)
 * The end-to-end step needs the build and a Chromium (found, downloaded or installed by
 * scripts/ensure-browser.ts), so it is skipped (and counted as failed) when either is missing.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../lib/db/provision';
import { e2eDistDir } from '../tests/support/e2e-state';

/** `absent`: a folder the step reads from is missing (said in one line; not a failure) */
type Step = { name: string; command: string[]; needs?: string[]; absent?: string };

/** The releases as received, beside the repository (CI has them; they are never copied into it). */
const releases = path.join(projectRoot, '..', 'shared', 'releases');

const bin = (name: string) => path.join(projectRoot, 'node_modules', '.bin', name);
const steps: Step[] = [
  { name: 'typecheck', command: [bin('tsc'), '--noEmit'] },
  { name: 'lint', command: [bin('eslint'), '.', '--max-warnings', '0'] },
  { name: 'format', command: [bin('prettier'), '--check', '.'] },
  { name: 'unit', command: [bin('vitest'), 'run', '--project', 'unit'] },
  { name: 'integration', command: [bin('vitest'), 'run', '--project', 'integration'] },
  {
    name: 'releases',
    command: [bin('tsx'), 'scripts/import-report.ts', '--corpus', releases],
    absent: existsSync(path.join(releases, 'expected.json')) ? undefined : releases,
  },
  { name: 'build', command: [bin('tsx'), 'scripts/build.ts'] },
  { name: 'browser', command: [bin('tsx'), 'scripts/ensure-browser.ts'] },
  { name: 'e2e', command: [bin('playwright'), 'test'], needs: ['build', 'browser'] },
  // readers, editors and faults against the cluster shape for a minute (docs/decisions/021)
  { name: 'soak', command: [bin('tsx'), 'scripts/soak.ts', '--minutes', '1'], needs: ['build'] },
];

function run(command: string[]): Promise<number> {
  return new Promise((resolve) => {
    const [file, ...args] = command;
    const child = spawn(file!, args, {
      cwd: projectRoot,
      stdio: 'inherit',
      // the tests build and serve their own directory, never the .next a running portal serves
      env: {
        ...process.env,
        NEXT_TELEMETRY_DISABLED: '1',
        FORCE_COLOR: process.env.FORCE_COLOR ?? '1',
        PORTAL_DIST_DIR: e2eDistDir,
      },
    });
    child.once('exit', (code) => resolve(code ?? 1));
    child.once('error', () => resolve(1));
  });
}

const results: Array<{ name: string; status: 'passed' | 'FAILED' | 'skipped' | 'absent'; seconds: number }> =
  [];
for (const step of steps) {
  if (step.absent) {
    console.log(
      `\n━━━ ${step.name}: skipped — ${step.absent} is not there (the corpus of received releases)`,
    );
    results.push({ name: step.name, status: 'absent', seconds: 0 });
    continue;
  }
  const missing = (step.needs ?? []).some((n) => results.find((r) => r.name === n)?.status !== 'passed');
  if (missing) {
    results.push({ name: step.name, status: 'skipped', seconds: 0 });
    continue;
  }
  console.log(`\n━━━ ${step.name}: ${step.command.map((c) => path.basename(c)).join(' ')}`);
  const started = Date.now();
  const code = await run(step.command);
  results.push({
    name: step.name,
    status: code === 0 ? 'passed' : 'FAILED',
    seconds: (Date.now() - started) / 1000,
  });
}

console.log('\n━━━ summary');
for (const r of results)
  console.log(`  ${r.name.padEnd(12)} ${r.status.padEnd(8)} ${r.seconds.toFixed(1).padStart(6)} s`);
const failed = results.filter((r) => r.status !== 'passed' && r.status !== 'absent');
console.log(
  failed.length === 0
    ? '\nAll test layers passed.'
    : `\n${failed.length} step(s) did not pass: ${failed.map((r) => r.name).join(', ')}`,
);
process.exit(failed.length === 0 ? 0 : 1);
