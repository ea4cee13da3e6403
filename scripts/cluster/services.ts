import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, openSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ensureDebianPackage } from './packages';

/**
 * The processes of the production shape on one machine, for `npm run cluster` and the tests:
 * started on 127.0.0.1 with their data in a folder of the caller's — never as system services. A missing Debian package is installed as root with apt-get
 * (scripts/cluster/packages.ts), the way the browser is (scripts/ensure-browser.ts).
 */

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export async function waitForHttp(url: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

export type Redis = { url: string; port: number; stop: () => Promise<void>; start: () => Promise<void> };

/** Debian's redis-server on a free loopback port, no persistence, data in `dir` (a temporary one by default). */
export async function startRedis(dir = mkdtempSync(path.join(tmpdir(), 'portal-redis-'))): Promise<Redis> {
  ensureDebianPackage('redis-server', 'redis-server');
  const port = await freePort();
  mkdirSync(dir, { recursive: true });
  let child: ChildProcess | null = null;
  const start = async () => {
    child = spawn(
      'redis-server',
      ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', 'no'],
      {
        stdio: 'ignore',
      },
    );
    const deadline = Date.now() + 10_000;
    while (
      spawnSync('redis-cli', ['-p', String(port), 'ping'], { encoding: 'utf8' }).stdout.trim() !== 'PONG'
    ) {
      if (Date.now() > deadline) throw new Error('redis-server did not start');
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  const stop = async () => {
    const running = child;
    if (!running || running.exitCode !== null) return;
    running.kill('SIGTERM');
    await new Promise((resolve) => running.once('exit', resolve));
  };
  await start();
  return { url: `redis://127.0.0.1:${port}`, port, start, stop };
}

/**
 * One portal instance through the start script (`npm start`); stop() signals its whole process
 * group. Its output goes to `logFile` (a temporary file by default, for a failing test to be read).
 */
export async function startPortal(
  env: Record<string, string>,
  logFile = path.join(tmpdir(), `portal-instance-${env.PORT}.log`),
  /** its own process group (tests kill it whole); false: it shares the terminal's, and Ctrl-C reaches it */
  detached = true,
): Promise<{ origin: string; stop: () => Promise<void>; kill: () => Promise<void> }> {
  const log = openSync(logFile, 'w');
  const child = spawn(path.join('node_modules', '.bin', 'tsx'), ['scripts/start.ts'], {
    env: { ...process.env, ...env },
    stdio: ['ignore', log, log],
    detached,
  });
  const origin = `http://127.0.0.1:${env.PORT}`;
  const signal = async (name: NodeJS.Signals) => {
    if (child.exitCode !== null || child.signalCode !== null || !child.pid) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    if (detached) process.kill(-child.pid, name);
    else child.kill(name);
    await exited;
  };
  const stop = () => signal('SIGTERM');
  try {
    await waitForHttp(`${origin}/zh`);
  } catch (error) {
    await stop();
    throw error;
  }
  // SIGKILL to the whole group: the instance dies as in a crash, its server with it
  return { origin, stop, kill: () => signal('SIGKILL') };
}

const projectRoot = path.resolve(import.meta.dirname, '..', '..');

/**
 * A newsroom account made as the first admin is made, from the command line
 * (`npm run editor:create`): there are no default credentials. For the tests and the soak.
 */
export function createEditorAccount(
  databaseUrl: string,
  account: { email: string; name: string; password: string; role?: string; languages?: string },
): void {
  execFileSync(
    path.join(projectRoot, 'node_modules', '.bin', 'tsx'),
    [
      '--conditions=react-server',
      'scripts/editor-create.ts',
      '--email',
      account.email,
      '--name',
      account.name,
      '--role',
      account.role ?? 'admin',
      ...(account.languages ? ['--languages', account.languages] : []),
    ],
    {
      cwd: projectRoot,
      env: { ...process.env, DATABASE_URL: databaseUrl, EDITOR_PASSWORD: account.password },
      stdio: 'pipe',
    },
  );
}
