/**
 * For measuring scripts (`npm run size`, `npm run lighthouse`): serve the portal through the start
 * script on a fresh database, and stop it (and its database) afterwards.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { projectRoot } from '../lib/db/provision';
import { waitForHttp } from './cluster/services';

function run(root: string, command: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(command, args, { cwd: root, env, stdio: ['ignore', 'inherit', 'inherit'] });
}

/**
 * Serves the portal at http://127.0.0.1:<port> until the returned stop() is awaited; says which
 * database it serves (for a script that adds to it what it measures). `root` serves another
 * checkout of the portal (an earlier commit, measured beside this one).
 */
export async function serveFresh(
  port: number,
  root = projectRoot,
): Promise<{ origin: string; databaseUrl: string; stop: () => Promise<void> }> {
  const origin = `http://127.0.0.1:${port}`;
  const stateDir = mkdtempSync(path.join(tmpdir(), 'portal-serve-'));
  const stateFile = path.join(stateDir, 'state.json');
  const server = run(
    root,
    path.join(root, 'node_modules', '.bin', 'tsx'),
    ['scripts/start.ts', '--fresh-database'],
    {
      ...process.env,
      PORT: String(port),
      PORTAL_URL: origin,
      NEXT_TELEMETRY_DISABLED: '1',
      PORTAL_E2E_STATE_FILE: stateFile,
    },
  );
  const stop = async () => {
    rmSync(stateDir, { recursive: true, force: true });
    if (server.exitCode !== null) return;
    server.kill('SIGTERM');
    await new Promise((resolve) => server.once('exit', resolve));
  };
  try {
    await waitForHttp(`${origin}/zh`, 120_000);
    const { adminUrl, database } = JSON.parse(readFileSync(stateFile, 'utf8')) as {
      adminUrl: string;
      database: string;
    };
    const url = new URL(adminUrl);
    url.pathname = `/${database}`;
    return { origin, databaseUrl: url.href, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
