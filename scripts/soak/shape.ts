import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createDatabase, dropDatabases } from '../../lib/db/databases';
import { startEmbeddedPostgres, type EmbeddedServer } from '../../lib/db/embedded';
import { prepareDatabase } from '../../lib/content/prepare';
import { projectRoot } from '../../lib/db/provision';
import { readEnv } from '../../lib/env';
import { startNginx, type Nginx } from '../cluster/nginx';
import { createEditorAccount, freePort, startPortal, startRedis, type Redis } from '../cluster/services';
import type { Account } from './editors';

/**
 * The production shape of `npm run cluster`, for the soak: a PostgreSQL of its own (an embedded
 * cluster in .data/postgres-soak, so that stopping it stops nobody else's), Debian's redis-server,
 * two portal instances through the start script, Debian's nginx in front — each of which the soak
 * can stop, kill and start again.
 */
export type Shape = {
  proxy: string;
  databaseUrl: string;
  instances: Instance[];
  /** every instance's log file, restarted ones included */
  logs: string[];
  stopDatabase(): Promise<void>;
  startDatabase(): Promise<void>;
  redis: Redis;
  /** SIGKILL to instance `i` and its whole process group; then it starts again on its port */
  killInstance(i: number): Promise<void>;
  startInstance(i: number): Promise<void>;
  /** stops everything; the instances' logs are kept (for a failed run) when asked */
  stop(keepLogs?: boolean): Promise<void>;
};

type Instance = Awaited<ReturnType<typeof startPortal>> & {
  port: number;
  logFile: string;
  startedAt: number;
};

export async function startShape(options: {
  accounts: Account[];
  log: (line: string) => void;
}): Promise<Shape> {
  const { log } = options;
  const env = readEnv();
  const dir = mkdtempSync(path.join(tmpdir(), 'portal-soak-'));
  const pgDir = path.resolve(projectRoot, env.PORTAL_DATA_DIR, 'postgres-soak');
  const pgPort = await freePort();
  let pg: EmbeddedServer = await startEmbeddedPostgres({ directory: pgDir, preferredPort: pgPort, log });
  if (!pg.startedHere) throw new Error(`${pgDir} is served by another process: stop it first`);
  const admin = pg.urlFor('postgres');
  const name = `portal_soak_${Date.now().toString(36)}`;
  await createDatabase(admin, name);
  const databaseUrl = pg.urlFor(name);
  const stops: Array<() => Promise<void>> = [
    async () => {
      await dropDatabases(admin, [name]).catch(() => {});
      await pg.stop();
    },
  ];
  try {
    await prepareDatabase(databaseUrl, log);
    for (const account of options.accounts) createEditorAccount(databaseUrl, account);
    const redis = await startRedis(path.join(dir, 'redis'));
    stops.push(redis.stop);
    const proxyPort = await freePort();
    const ports = [await freePort(), await freePort()];
    // every instance names one public address; the build's own one when it has one, so that the
    // start script does not rebuild for the proxy's port
    const recorded = readRecordedOrigin();
    const shared = {
      DATABASE_URL: databaseUrl,
      REDIS_URL: redis.url,
      CACHE_PURGE_URLS: `http://127.0.0.1:${proxyPort}/purge`,
      PORTAL_URL: recorded ?? `http://127.0.0.1:${proxyPort}`,
      // as `npm run cluster`: the loopback nginx is believed about who the client is
      TRUSTED_PROXIES: '127.0.0.1,::1',
      NEXT_TELEMETRY_DISABLED: '1',
      // debug: the instances log their memory every 5 s, which the soak reads
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'debug',
    };
    const instances: Instance[] = [];
    const logs: string[] = [];
    const launch = async (i: number) => {
      const port = ports[i]!;
      const logFile = path.join(dir, `instance-${i + 1}-${Date.now()}.log`);
      logs.push(logFile);
      const started = await startPortal({ ...shared, PORT: String(port) }, logFile);
      instances[i] = { ...started, port, logFile, startedAt: Date.now() };
    };
    for (const i of ports.keys()) {
      await launch(i);
      stops.push(() => instances[i]!.stop());
    }
    const nginx: Nginx = await startNginx({
      port: proxyPort,
      instances: ports,
      dir: path.join(dir, 'nginx'),
    });
    stops.push(nginx.stop);
    return {
      proxy: nginx.origin,
      databaseUrl,
      instances,
      logs,
      redis,
      stopDatabase: () => pg.stop(),
      startDatabase: async () => {
        pg = await startEmbeddedPostgres({ directory: pgDir, preferredPort: pgPort, log });
      },
      killInstance: (i) => instances[i]!.kill(),
      startInstance: (i) => launch(i),
      stop: async (keepLogs = false) => {
        for (const stop of stops.reverse()) await stop().catch(() => {});
        if (keepLogs) console.log(`[soak] The instances' logs are kept in ${dir}`);
        else rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    for (const stop of stops.reverse()) await stop().catch(() => {});
    throw error;
  }
}

function readRecordedOrigin(): string | undefined {
  try {
    const dist = path.resolve(projectRoot, process.env.PORTAL_DIST_DIR ?? '.next');
    return readFileSync(path.join(dist, 'portal-origin'), 'utf8').split(' ')[1]?.trim() || undefined;
  } catch {
    return undefined;
  }
}
