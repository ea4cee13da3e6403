/**
 * For measuring scripts (`npm run size`, `npm run lighthouse`): serve the portal through the start
 * script on a fresh database, and stop it (and its database) afterwards.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { projectRoot } from '../lib/db/provision';
import { waitForHttp } from './cluster/services';

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): ChildProcess {
  return spawn(command, args, { cwd: projectRoot, env, stdio: ['ignore', 'inherit', 'inherit'] });
}

const bin = (name: string) => path.join(projectRoot, 'node_modules', '.bin', name);

/** Serves the portal at http://127.0.0.1:<port> until the returned stop() is awaited. */
export async function serveFresh(port: number): Promise<{ origin: string; stop: () => Promise<void> }> {
  const origin = `http://127.0.0.1:${port}`;
  const server = run(bin('tsx'), ['scripts/start.ts', '--fresh-database'], {
    ...process.env,
    PORT: String(port),
    PORTAL_URL: origin,
    NEXT_TELEMETRY_DISABLED: '1',
  });
  const stop = async () => {
    if (server.exitCode !== null) return;
    server.kill('SIGTERM');
    await new Promise((resolve) => server.once('exit', resolve));
  };
  try {
    await waitForHttp(`${origin}/zh`, 120_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { origin, stop };
}
