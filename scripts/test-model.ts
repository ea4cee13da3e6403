/**
 * `npm run test:model -- --runs N [--seed S]`: the newsroom's model-based test
 * (tests/integration/newsroom-model.int.test.ts) with more runs than `npm test` gives it (25) —
 * e.g. 2,000 runs of 30 steps, about an hour on two cores. Exits non-zero when it finds a sequence
 * of steps that breaks a rule; the counterexample is printed, and `--seed` replays it.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { projectRoot } from '../lib/db/provision';
import { numberOption } from './cli';

const runs = numberOption('--runs', 200);
const seed = numberOption('--seed', 20261204);
const child = spawn(
  path.join(projectRoot, 'node_modules', '.bin', 'vitest'),
  ['run', '--project', 'integration', 'tests/integration/newsroom-model.int.test.ts'],
  {
    cwd: projectRoot,
    stdio: 'inherit',
    env: { ...process.env, MODEL_RUNS: String(runs), MODEL_SEED: String(seed) },
  },
);
child.once('exit', (code) => process.exit(code ?? 1));
